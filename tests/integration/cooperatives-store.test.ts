import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import withdrawPausedCooperatives from "../../src/migration-scripts/withdraw-paused-cooperatives"
import seedDemoStore from "../../src/scripts/seed"
import { COOPERATIVES, PRODUCT_COOPERATIVE } from "../../src/scripts/seed/cooperatives-data"
import { PUBLIC_COOPERATIVE_FIELDS } from "../../src/modules/cooperative/types"
import { settle, type HttpResponse } from "./helpers/http"
import { checkoutUntilPayment } from "./helpers/orders"
import { staffHeaders } from "./helpers/staff"

jest.setTimeout(180_000)

/** Values that exist only in private fields: none may appear in any store response. */
const PRIVATE_VALUES = COOPERATIVES.flatMap((c) => [c.contact_email, c.contact_phone, c.bank_details, c.internal_notes]).filter(
  (value): value is string => Boolean(value)
)
const PRIVATE_KEYS = ["contact_name", "contact_phone", "contact_email", "payout_method", "bank_details", "internal_notes"]

function expectNothingPrivate(response: HttpResponse) {
  const body = JSON.stringify(response.data)
  for (const key of PRIVATE_KEYS) expect(body).not.toContain(`"${key}"`)
  for (const value of PRIVATE_VALUES) expect(body).not.toContain(JSON.stringify(value).slice(1, -1))
}

type StoreProduct = {
  id: string
  handle: string
  cooperative?: Record<string, unknown> | null
  craft_origin?: Record<string, unknown> | null
  variants: { id: string }[]
}

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    const get = async (url: string) => {
      const response = await settle(api.get(url, store))
      if (response.status === 200) expectNothingPrivate(response)
      return response
    }
    const handlesOf = (response: HttpResponse) => (response.data.products as StoreProduct[]).map((p) => p.handle).sort()
    const productsOf = (cooperativeHandle: string) =>
      Object.entries(PRODUCT_COOPERATIVE)
        .filter(([, handle]) => handle === cooperativeHandle)
        .map(([product]) => product)
        .sort()

    beforeAll(async () => {
      await seedDemoStore({ container: getContainer(), args: [] })
    })

    beforeEach(async () => {
      const { data } = await api.get("/public/storefront-config")
      store = { headers: { "x-publishable-api-key": data.publishable_key } }
    })

    async function pause(handle: string) {
      const staff = await staffHeaders(getContainer(), api)
      const { data } = await api.get(`/admin/cooperatives?q=${handle}`, staff)
      const id = (data.cooperatives as { id: string; handle: string }[]).find((c) => c.handle === handle)!.id
      await api.post(`/admin/cooperatives/${id}`, { status: "paused" }, staff)
      return async () => {
        await api.post(`/admin/cooperatives/${id}`, { status: "active" }, staff)
      }
    }

    it("lists the seeded cooperatives' public profiles, filtered by producer group and department", async () => {
      const all = await get("/store/cooperatives?limit=50")
      expect(all.status).toBe(200)
      expect(all.data.count).toBe(COOPERATIVES.length)
      const first = (all.data.cooperatives as Record<string, unknown>[])[0]
      expect(Object.keys(first).sort()).toEqual([...PUBLIC_COOPERATIVE_FIELDS, "product_count"].sort())

      const youth = await get("/store/cooperatives?producer_group=youth&limit=50")
      expect((youth.data.cooperatives as { handle: string }[]).map((c) => c.handle).sort()).toEqual(
        COOPERATIVES.filter((c) => c.producer_groups.includes("youth")).map((c) => c.handle).sort()
      )
      const morazan = await get("/store/cooperatives?department=morazan")
      expect((morazan.data.cooperatives as { department: string }[]).every((c) => c.department === "morazan")).toBe(true)
      expect(morazan.data.count).toBe(COOPERATIVES.filter((c) => c.department === "morazan").length)

      const page = await get("/store/cooperatives?limit=2&offset=2")
      expect(page.data).toMatchObject({ count: COOPERATIVES.length, limit: 2, offset: 2 })
      expect(page.data.cooperatives).toHaveLength(2)

      for (const bad of ["producer_group=elders", "department=atlantis", "limit=0", "fields=*", "bank_details=1"]) {
        const response = await get(`/store/cooperatives?${bad}`)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(bad.split("=")[0])
      }
    })

    it("lists only active cooperatives with crafts for sale: a new one without products is left out, its profile still reachable", async () => {
      const staff = await staffHeaders(getContainer(), api)
      const created = await api.post(
        "/admin/cooperatives",
        {
          handle: "taller-sin-productos",
          name: "Taller Sin Productos",
          producer_groups: ["women"],
          department: "la-union",
          municipality: "Conchagua",
          story_en: "Just starting.",
          story_es: "Recién empieza.",
          share_bps: 6000,
          website: "https://taller.example.org",
        },
        staff
      )
      expect(created.status).toBe(201)
      const all = await get("/store/cooperatives?limit=100")
      expect((all.data.cooperatives as { handle: string }[]).map((c) => c.handle)).not.toContain("taller-sin-productos")
      expect(all.data.count).toBe(COOPERATIVES.length)
      expect((await get("/store/cooperatives?department=la-union")).data.cooperatives).toEqual(
        expect.not.arrayContaining([expect.objectContaining({ handle: "taller-sin-productos" })])
      )
      // The website is a public profile field: what staff wrote reaches the store's profile.
      expect((await get("/store/cooperatives/taller-sin-productos")).data.cooperative).toMatchObject({
        product_count: 0,
        website: "https://taller.example.org",
      })
      await api.delete(`/admin/cooperatives/${created.data.cooperative.id}`, staff)
    })

    it("shows one cooperative's profile with its published products' count, and 404 for unknown handles", async () => {
      const seed = COOPERATIVES[0]
      const profile = await get(`/store/cooperatives/${seed.handle}`)
      expect(profile.data.cooperative).toMatchObject({
        handle: seed.handle,
        name: seed.name,
        story_es: seed.story_es,
        product_count: productsOf(seed.handle).length,
      })
      expect((await get("/store/cooperatives/no-such-cooperative")).status).toBe(404)
      expect((await get(`/store/cooperatives/${seed.handle}?fields=*`)).status).toBe(400)
    })

    it("gives a product its cooperative summary and craft origin on request, never the private fields", async () => {
      const { data } = await api.get("/store/products?limit=1&fields=id", store)
      const id = (data.products as StoreProduct[])[0].id
      const withLinks = await get(`/store/products/${id}?fields=*cooperative,*craft_origin`)
      const product = withLinks.data.product as StoreProduct
      expect(Object.keys(product.cooperative!).sort()).toEqual(
        ["id", "handle", "name", "producer_groups", "department", "share_bps"].sort()
      )
      expect(product.craft_origin).toMatchObject({
        technique: expect.any(String),
        materials: expect.any(Array),
        origin_municipality: expect.any(String),
        production_time: expect.any(String),
      })
      // Asking for private fields by name gets nothing more.
      const sneaky = await get(`/store/products/${id}?fields=+cooperative.bank_details,+cooperative.contact_email,+cooperative.*`)
      expect(Object.keys((sneaky.data.product as StoreProduct).cooperative ?? {})).not.toContain("bank_details")
      const listed = await get("/store/products?limit=100&fields=*cooperative")
      for (const item of listed.data.products as StoreProduct[]) {
        expect(item.cooperative?.handle).toBe(PRODUCT_COOPERATIVE[item.handle])
      }
    })

    it("lists the products of one cooperative and of one producer group", async () => {
      const seed = COOPERATIVES.find((c) => productsOf(c.handle).length > 1)!
      const profile = await get(`/store/cooperatives/${seed.handle}`)
      const id = (profile.data.cooperative as { id: string }).id
      expect(handlesOf(await get(`/store/products?cooperative_id=${id}&limit=100`))).toEqual(productsOf(seed.handle))

      const exCombatant = COOPERATIVES.filter((c) => c.producer_groups.includes("ex_combatants")).flatMap((c) => productsOf(c.handle))
      expect(handlesOf(await get("/store/products?producer_group=ex_combatants&limit=100"))).toEqual(exCombatant.sort())
      const narrowed = await get(`/store/products?producer_group=ex_combatants&cooperative_id=${id}&limit=100`)
      expect(handlesOf(narrowed)).toEqual(seed.producer_groups.includes("ex_combatants") ? productsOf(seed.handle) : [])

      expect((await get("/store/products?cooperative_id=coop_unknown")).data.count).toBe(0)
      const bad = await get("/store/products?producer_group=elders")
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("producer_group")
    })

    it("8: takes a paused cooperative's crafts out of the store's sales channel: gone from every read, refused on every cart path; resuming restores them", async () => {
      const seed = COOPERATIVES[0]
      const hiddenHandles = productsOf(seed.handle)
      const { data: before } = await api.get("/store/products?limit=100&fields=id,handle,*variants,+variants.inventory_quantity,*sales_channels", store)
      const victim = (before.products as (StoreProduct & { variants: { id: string; sku: string; inventory_quantity: number }[] })[]).find((p) => p.handle === hiddenHandles[0])!
      // The variant with the most stock: two carts take one each, and variants come in no fixed order (some have none left).
      const variant = [...victim.variants].sort((a, b) => b.inventory_quantity - a.inventory_quantity)[0]!
      expect(variant.inventory_quantity).toBeGreaterThanOrEqual(2)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const channelsOf = async (productId: string) =>
        ((await query.graph({ entity: "product", fields: ["sales_channels.id"], filters: { id: productId } })).data[0]?.sales_channels ?? [])
          .map((channel: { id: string }) => channel.id)
          .sort()
      const channelsBefore = await channelsOf(victim.id)
      expect(channelsBefore.length).toBeGreaterThan(0)
      const { data: regions } = await api.get("/store/regions", store)
      const regionId = regions.regions.find((r: { name: string }) => r.name === "United States").id
      const empty = (await api.post("/store/carts", { region_id: regionId }, store)).data.cart
      // Carts that took the craft before the pause: one with the line only, one ready to pay.
      const holding = (await api.post("/store/carts", { region_id: regionId, items: [{ variant_id: variant.id, quantity: 1 }] }, store)).data.cart
      const ready = await checkoutUntilPayment(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: variant.sku, quantity: 1 }] })

      const resume = await pause(seed.handle)
      expect(await channelsOf(victim.id)).toEqual([])
      // Store reads: the list, the product, its variant, search, the price order.
      const listed = handlesOf(await get("/store/products?limit=100"))
      expect(listed).toHaveLength(before.count - hiddenHandles.length)
      expect(listed.filter((h) => hiddenHandles.includes(h))).toEqual([])
      expect((await get(`/store/products/${victim.id}`)).status).toBe(404)
      expect((await get(`/store/product-variants/${variant.id}`)).status).toBe(404)
      const { data: variants } = await api.get(`/store/product-variants?id[]=${variant.id}`, store)
      expect(variants.variants).toEqual([])
      expect(((await get(`/store/products?q=${encodeURIComponent(victim.handle.split("-")[0]!)}&limit=100`)).data.products as StoreProduct[]).map((p) => p.id)).not.toContain(victim.id)
      const order = await get(`/store/catalog/price-order?region_id=${regionId}&limit=100`)
      expect(order.data.product_ids).not.toContain(victim.id)
      expect((await get(`/store/cooperatives/${seed.handle}`)).status).toBe(404)
      expect(((await get("/store/cooperatives?limit=50")).data.cooperatives as { handle: string }[]).map((c) => c.handle)).not.toContain(seed.handle)

      // Every cart path refuses it: create with items, add, update a line taken before, complete.
      const attempts = {
        create: await settle(api.post("/store/carts", { region_id: regionId, items: [{ variant_id: variant.id, quantity: 1 }] }, store)),
        add: await settle(api.post(`/store/carts/${empty.id}/line-items`, { variant_id: variant.id, quantity: 1 }, store)),
        update: await settle(api.post(`/store/carts/${holding.id}/line-items/${holding.items[0].id}`, { quantity: 2 }, store)),
        complete: await settle(api.post(`/store/carts/${ready.cart_id}/complete`, {}, store)),
      }
      for (const [path, answer] of Object.entries(attempts)) {
        expect([path, answer.status >= 400 && answer.status < 500]).toEqual([path, true])
      }
      expect(attempts.add.data.message).toMatch(/paused|not available|sales channel/i)
      expect(attempts.complete.data.message).toContain("paused")
      const { data: orders } = await query.graph({ entity: "order", fields: ["id"] })
      expect(orders).toEqual([])
      expect((await api.get(`/store/carts/${empty.id}`, store)).data.cart.items).toEqual([])

      // Resumed: back in the same channels, on sale and in carts again.
      await resume()
      expect(await channelsOf(victim.id)).toEqual(channelsBefore)
      expect((await get(`/store/products/${victim.id}`)).status).toBe(200)
      expect((await get(`/store/product-variants/${variant.id}`)).status).toBe(200)
      expect((await get("/store/products?limit=100")).data.count).toBe(before.count)
      expect((await api.post(`/store/carts/${empty.id}/line-items`, { variant_id: variant.id, quantity: 1 }, store)).status).toBe(200)
      const completed = await api.post(`/store/carts/${ready.cart_id}/complete`, {}, store)
      expect(completed.data.type).toBe("order")
    })

    it("8: a store upgraded with a cooperative paused the old way has its crafts withdrawn once, at migration", async () => {
      const seed = COOPERATIVES[1]
      const { data } = await api.get(`/store/cooperatives/${seed.handle}`, store)
      // Paused before pausing moved products: only the status changed.
      const cooperatives = getContainer().resolve("cooperative") as { updateCooperatives: (data: object) => Promise<unknown> }
      await cooperatives.updateCooperatives({ id: data.cooperative.id, status: "paused" })
      const before = (await api.get("/store/products?limit=100", store)).data.count
      await withdrawPausedCooperatives({ container: getContainer() })
      expect((await api.get("/store/products?limit=100", store)).data.count).toBe(before - productsOf(seed.handle).length)
      await withdrawPausedCooperatives({ container: getContainer() })
      expect((await api.get("/store/products?limit=100", store)).data.count).toBe(before - productsOf(seed.handle).length)
      // Resumed by staff: back on sale.
      await api.post(`/admin/cooperatives/${data.cooperative.id}`, { status: "active" }, await staffHeaders(getContainer(), api))
      expect((await api.get("/store/products?limit=100", store)).data.count).toBe(before)
    })

    it("keeps every seeded product with exactly one cooperative and one craft origin", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["handle", "cooperative.handle", "craft_origin.id"] })
      for (const product of data as { handle: string; cooperative?: { handle: string }; craft_origin?: { id: string } }[]) {
        expect(product.cooperative?.handle).toBe(PRODUCT_COOPERATIVE[product.handle])
        expect(product.craft_origin?.id).toEqual(expect.any(String))
      }
    })
  },
})
