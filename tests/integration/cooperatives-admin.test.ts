import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import { integrationRunner } from "./helpers/runner"
import { settle } from "./helpers/http"
import { staffHeaders } from "./helpers/staff"

jest.setTimeout(180_000)

const cooperativeBody = (overrides: Record<string, unknown> = {}) => ({
  handle: "flor-de-copinol",
  name: "Cooperativa Flor de Copinol",
  producer_groups: ["women"],
  department: "chalatenango",
  municipality: "La Palma",
  founded_year: 1996,
  member_count: 18,
  crafts: ["painted wood"],
  story_en: "Women painting the La Palma style since the repopulation.",
  story_es: "Mujeres que pintan al estilo de La Palma desde la repoblación.",
  share_bps: 6500,
  contact_name: "Rosa Menjívar",
  contact_email: "rosa@example.org",
  payout_method: "bank_transfer",
  bank_details: "Banco Ejemplo, cuenta 000-00000-1",
  internal_notes: "Prefers calls after 4 pm",
  ...overrides,
})

async function createProducts(container: MedusaContainer, titles: string[]): Promise<string[]> {
  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: titles.map((title) => ({
        title,
        status: "published" as const,
        options: [{ title: "Size", values: ["One size"] }],
        variants: [{ title: "One size", options: { Size: "One size" }, prices: [{ currency_code: "usd", amount: 10 }] }],
      })),
    },
  })
  return result.map((product) => product.id)
}

async function cooperativeOf(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "cooperative.id"], filters: { id: productId } })
  return (data[0] as { cooperative?: { id: string } | null }).cooperative?.id ?? null
}

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let staff: { headers: Record<string, string> }

    beforeEach(async () => {
      staff = await staffHeaders(getContainer(), api)
    })

    const create = (body: Record<string, unknown>) => settle(api.post("/admin/cooperatives", body, staff))
    const countCooperatives = async () =>
      ((await api.get("/admin/cooperatives", staff)).data as { count: number }).count

    describe("without a staff session", () => {
      it.each([
        ["get", "/admin/cooperatives"],
        ["post", "/admin/cooperatives"],
        ["get", "/admin/cooperatives/coop_x"],
        ["post", "/admin/cooperatives/coop_x"],
        ["delete", "/admin/cooperatives/coop_x"],
        ["post", "/admin/cooperatives/coop_x/products"],
        ["get", "/admin/products/prod_x/craft-origin"],
        ["post", "/admin/products/prod_x/craft-origin"],
        ["get", "/admin/revenue-split"],
        ["post", "/admin/revenue-split"],
      ])("%s %s answers 401", async (method, url) => {
        const request =
          method === "get" || method === "delete"
            ? (api as unknown as Record<string, (u: string) => Promise<unknown>>)[method](url)
            : api.post(url, {})
        expect((await settle(request)).status).toBe(401)
      })
    })

    it("creates, reads, lists, filters, updates and pauses a cooperative", async () => {
      const created = await create(cooperativeBody())
      expect(created.status).toBe(201)
      const cooperative = created.data.cooperative as Record<string, unknown>
      expect(cooperative).toMatchObject({
        handle: "flor-de-copinol",
        status: "active",
        refund_policy: "organization_absorbs",
        share_bps: 6500,
        bank_details: "Banco Ejemplo, cuenta 000-00000-1",
        products: [],
      })
      await create(cooperativeBody({ handle: "hilos", name: "Hilos de Paz", producer_groups: ["ex_combatants", "youth"], department: "san-vicente" }))

      const read = await api.get(`/admin/cooperatives/${cooperative.id}`, staff)
      expect(read.data.cooperative.name).toBe("Cooperativa Flor de Copinol")

      const list = async (query: string) =>
        ((await api.get(`/admin/cooperatives?${query}`, staff)).data as { cooperatives: { handle: string }[]; count: number })
      expect((await list("")).count).toBe(2)
      expect((await list("producer_group=youth")).cooperatives.map((c) => c.handle)).toEqual(["hilos"])
      expect((await list("department=chalatenango")).cooperatives.map((c) => c.handle)).toEqual(["flor-de-copinol"])
      expect((await list("q=HILOS")).cooperatives.map((c) => c.handle)).toEqual(["hilos"])
      const page = await list("limit=1&offset=1&order=name")
      expect(page).toMatchObject({ count: 2, cooperatives: [{ handle: "hilos" }] })
      expect((await list("order=-name")).cooperatives.map((c) => c.handle)).toEqual(["hilos", "flor-de-copinol"])
      // As Medusa's lists: fields narrow the defaults (query-config.ts), never reach past them.
      const narrow = (await list("fields=handle,name,withheld_sales_channels&order=name")).cooperatives as Record<string, unknown>[]
      expect(narrow[0]).toMatchObject({ handle: "flor-de-copinol", name: "Cooperativa Flor de Copinol", product_count: 0 })
      expect(narrow[0]).not.toHaveProperty("bank_details")
      expect(narrow[0]).not.toHaveProperty("withheld_sales_channels")

      const updated = await api.post(`/admin/cooperatives/${cooperative.id}`, { status: "paused", share_bps: 7000 }, staff)
      expect(updated.data.cooperative).toMatchObject({ status: "paused", share_bps: 7000, name: "Cooperativa Flor de Copinol" })
      expect((await list("status=paused")).cooperatives.map((c) => c.handle)).toEqual(["flor-de-copinol"])
    })

    it.each([
      ["an unknown department", { department: "atlantis" }, "department"],
      ["a share over 10000 bps", { share_bps: 10001 }, "share_bps"],
      ["a fractional share", { share_bps: 65.5 }, "share_bps"],
      ["no producer group", { producer_groups: [] }, "producer_groups"],
      ["an unknown producer group", { producer_groups: ["elders"] }, "producer_groups"],
      ["a handle that is not URL-safe", { handle: "Flor de Copinol" }, "handle"],
      ["a missing story", { story_es: undefined }, "story_es"],
      ["a field the API does not know", { cooperative_fund: 1 }, "cooperative_fund"],
      ["a share that leaves CIS less than nothing", { share_bps: 9600 }, "share_bps"],
    ])("refuses %s with 400 naming the field (in the message and by path) and writes nothing", async (_case, change, field) => {
      const before = await countCooperatives()
      const response = await create(cooperativeBody(change))
      expect(response.status).toBe(400)
      expect(response.data.message).toContain(field)
      // The dashboard outlines the field from the path, never from the message.
      expect((response.data.issues as { path: unknown[] }[]).map((issue) => issue.path[0])).toContain(field)
      expect(await countCooperatives()).toBe(before)
    })

    it("creates a cooperative from the required fields alone", async () => {
      const minimal = await create({
        handle: "minimal",
        name: "Minimal",
        producer_groups: ["youth"],
        department: "la-paz",
        municipality: "Zacatecoluca",
        story_en: "Story.",
        story_es: "Historia.",
        share_bps: 6000,
      })
      expect(minimal.status).toBe(201)
      expect(minimal.data.cooperative).toMatchObject({ crafts: [], founded_year: null, payout_method: null, status: "active" })
    })

    it("keeps an https website, clears it with null, and refuses any other address by its path", async () => {
      const created = await create(cooperativeBody({ website: "https://flor-de-copinol.example.org" }))
      expect(created.status).toBe(201)
      const { id, website } = created.data.cooperative as { id: string; website: string }
      expect(website).toBe("https://flor-de-copinol.example.org")
      for (const bad of ["http://flor-de-copinol.example.org", "flor-de-copinol.example.org", `https://${"a".repeat(500)}.org`]) {
        const refused = await settle(api.post(`/admin/cooperatives/${id}`, { website: bad }, staff))
        expect(refused.status).toBe(400)
        expect(refused.data.issues).toEqual([{ path: ["website"], message: expect.any(String) }])
      }
      const cleared = await api.post(`/admin/cooperatives/${id}`, { website: null }, staff)
      expect(cleared.data.cooperative.website).toBeNull()
    })

    it("refuses a duplicate handle with 400 naming the handle, on create and on update", async () => {
      const first = (await create(cooperativeBody())).data.cooperative as { id: string }
      const duplicate = await create(cooperativeBody({ name: "Another" }))
      expect(duplicate.status).toBe(400)
      expect(duplicate.data.message).toContain("handle")
      expect(duplicate.data.issues).toEqual([{ path: ["handle"], message: duplicate.data.message }])
      const other = (await create(cooperativeBody({ handle: "other" }))).data.cooperative as { id: string }
      const renamed = await settle(api.post(`/admin/cooperatives/${other.id}`, { handle: "flor-de-copinol" }, staff))
      expect(renamed.status).toBe(400)
      expect(renamed.data.message).toContain("handle")
      expect(renamed.data.issues).toEqual([{ path: ["handle"], message: renamed.data.message }])
      // Keeping one's own handle is no clash.
      expect((await settle(api.post(`/admin/cooperatives/${first.id}`, { handle: "flor-de-copinol" }, staff))).status).toBe(200)
    })

    it("refuses an empty update and answers 404 for unknown ids", async () => {
      const { id } = (await create(cooperativeBody())).data.cooperative as { id: string }
      expect((await settle(api.post(`/admin/cooperatives/${id}`, {}, staff))).status).toBe(400)
      expect((await settle(api.get("/admin/cooperatives/coop_unknown", staff))).status).toBe(404)
      expect((await settle(api.post("/admin/cooperatives/coop_unknown", { name: "X" }, staff))).status).toBe(404)
      expect((await settle(api.delete("/admin/cooperatives/coop_unknown", staff))).status).toBe(404)
      expect((await settle(api.post("/admin/cooperatives/coop_unknown/products", { add: ["prod_x"] }, staff))).status).toBe(404)
    })

    it("assigns products, moves a product to a second cooperative without ever giving it two, and unassigns", async () => {
      const container = getContainer()
      const [vase, cross] = await createProducts(container, ["Vase", "Cross"])
      const a = (await create(cooperativeBody({ handle: "a" }))).data.cooperative as { id: string }
      const b = (await create(cooperativeBody({ handle: "b" }))).data.cooperative as { id: string }

      const assigned = await api.post(`/admin/cooperatives/${a.id}/products`, { add: [vase, cross] }, staff)
      expect((assigned.data.cooperative.products as { id: string }[]).map((p) => p.id).sort()).toEqual([vase, cross].sort())

      await api.post(`/admin/cooperatives/${b.id}/products`, { add: [vase] }, staff)
      expect(await cooperativeOf(container, vase)).toBe(b.id)
      const aNow = (await api.get(`/admin/cooperatives/${a.id}`, staff)).data.cooperative
      expect((aNow.products as { id: string }[]).map((p) => p.id)).toEqual([cross])
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: links } = await query.graph({ entity: "cooperative", fields: ["id", "products.id"], filters: { id: [a.id, b.id] } })
      const holders = links.filter((c) => ((c.products ?? []) as { id: string }[]).some((p) => p.id === vase))
      expect(holders).toHaveLength(1)

      // Adding again where it already is changes nothing.
      await api.post(`/admin/cooperatives/${b.id}/products`, { add: [vase] }, staff)
      expect(await cooperativeOf(container, vase)).toBe(b.id)

      const removed = await api.post(`/admin/cooperatives/${a.id}/products`, { remove: [cross] }, staff)
      expect(removed.data.cooperative.products).toEqual([])
      expect(await cooperativeOf(container, cross)).toBeNull()
    })

    it("refuses bad assignments with 400 naming what is wrong, and changes nothing", async () => {
      const container = getContainer()
      const [vase] = await createProducts(container, ["Vase"])
      const a = (await create(cooperativeBody({ handle: "a" }))).data.cooperative as { id: string }
      const b = (await create(cooperativeBody({ handle: "b" }))).data.cooperative as { id: string }
      await api.post(`/admin/cooperatives/${a.id}/products`, { add: [vase] }, staff)

      const unknown = await settle(api.post(`/admin/cooperatives/${b.id}/products`, { add: [vase, "prod_missing"] }, staff))
      expect(unknown.status).toBe(400)
      expect(unknown.data.message).toContain("prod_missing")
      expect(await cooperativeOf(container, vase)).toBe(a.id)

      const notHere = await settle(api.post(`/admin/cooperatives/${b.id}/products`, { remove: [vase] }, staff))
      expect(notHere.status).toBe(400)
      expect(notHere.data.message).toContain("not assigned")
      expect((await settle(api.post(`/admin/cooperatives/${b.id}/products`, {}, staff))).status).toBe(400)
      expect((await settle(api.post(`/admin/cooperatives/${b.id}/products`, { add: "prod" }, staff))).status).toBe(400)
      expect(await cooperativeOf(container, vase)).toBe(a.id)
    })

    it("refuses to delete a cooperative with products (409, saying why), and deletes it once it has none", async () => {
      const [vase] = await createProducts(getContainer(), ["Vase"])
      const { id } = (await create(cooperativeBody())).data.cooperative as { id: string }
      await api.post(`/admin/cooperatives/${id}/products`, { add: [vase] }, staff)

      const refused = await settle(api.delete(`/admin/cooperatives/${id}`, staff))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toMatch(/still has 1 product.*pause/)
      expect((await api.get(`/admin/cooperatives/${id}`, staff)).status).toBe(200)

      await api.post(`/admin/cooperatives/${id}/products`, { remove: [vase] }, staff)
      expect((await api.delete(`/admin/cooperatives/${id}`, staff)).data).toEqual({ id, object: "cooperative", deleted: true })
      expect((await settle(api.get(`/admin/cooperatives/${id}`, staff))).status).toBe(404)
      // The handle is free again.
      expect((await create(cooperativeBody())).status).toBe(201)
    })

    it("writes, reads and deletes a product's craft origin, with the product's cooperative", async () => {
      const [vase] = await createProducts(getContainer(), ["Vase"])
      const url = `/admin/products/${vase}/craft-origin`
      expect((await api.get(url, staff)).data).toEqual({ craft_origin: null, cooperative: null })

      const origin = {
        technique: "Coiled and burnished black clay",
        materials: ["clay", "nacascol"],
        origin_municipality: "Guatajiagua",
        origin_department: "morazan",
        production_time: "3 weeks",
      }
      const written = await api.post(url, origin, staff)
      expect(written.data.craft_origin).toMatchObject({ ...origin, product_id: vase, maker_notes: null })
      await api.post(url, { ...origin, production_time: "4 weeks", maker_notes: "Fired in the open" }, staff)
      const { id } = (await create(cooperativeBody())).data.cooperative as { id: string }
      await api.post(`/admin/cooperatives/${id}/products`, { add: [vase] }, staff)

      const read = (await api.get(url, staff)).data
      expect(read.craft_origin).toMatchObject({ production_time: "4 weeks", maker_notes: "Fired in the open" })
      expect(read.cooperative).toMatchObject({ id, handle: "flor-de-copinol", status: "active" })

      for (const [change, field] of [
        [{ origin_department: "atlantis" }, "origin_department"],
        [{ materials: [] }, "materials"],
        [{ technique: "" }, "technique"],
        [{ product_id: "prod_other" }, "product_id"],
      ] as const) {
        const bad = await settle(api.post(url, { ...origin, ...change }, staff))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain(field)
      }
      expect((await settle(api.post("/admin/products/prod_unknown/craft-origin", origin, staff))).status).toBe(404)
      expect((await settle(api.get("/admin/products/prod_unknown/craft-origin", staff))).status).toBe(404)

      expect((await api.delete(url, staff)).data).toMatchObject({ object: "craft_origin", deleted: true })
      expect((await api.get(url, staff)).data.craft_origin).toBeNull()
      expect((await settle(api.delete(url, staff))).status).toBe(404)
    })

    it("keeps the community fund's share where every cooperative's share still leaves CIS its remainder", async () => {
      expect((await api.get("/admin/revenue-split", staff)).data).toEqual({ revenue_split: { community_fund_bps: 500 } })
      await create(cooperativeBody({ share_bps: 9000 }))

      const updated = await api.post("/admin/revenue-split", { community_fund_bps: 1000 }, staff)
      expect(updated.data.revenue_split.community_fund_bps).toBe(1000)

      const tooMuch = await settle(api.post("/admin/revenue-split", { community_fund_bps: 1001 }, staff))
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toContain("community_fund_bps")
      for (const body of [{ community_fund_bps: -1 }, { community_fund_bps: "500" }, {}, { community_fund_bps: 5, extra: 1 }]) {
        expect((await settle(api.post("/admin/revenue-split", body, staff))).status).toBe(400)
      }
      expect((await api.get("/admin/revenue-split", staff)).data.revenue_split.community_fund_bps).toBe(1000)

      // With the fund at 10 %, no cooperative can be given more than 90 %.
      const greedy = await create(cooperativeBody({ handle: "greedy", share_bps: 9001 }))
      expect(greedy.status).toBe(400)
      expect(greedy.data.message).toContain("share_bps")
    })
  },
})
