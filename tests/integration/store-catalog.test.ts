import { Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import seedDemoStore from "../../src/scripts/seed"
import fillVariantDimensions from "../../src/migration-scripts/fill-variant-dimensions"
import { updateCooperativeWorkflow } from "../../src/workflows/update-cooperative"
import { CATEGORIES, PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { CATEGORIES_ES, PRODUCTS_ES } from "../../src/scripts/seed/catalog-data-es"
import { COOPERATIVES, PRODUCT_COOPERATIVE } from "../../src/scripts/seed/cooperatives-data"
import { REGIONS } from "../../src/scripts/seed/regions-data"
import { calculatedAmountsInRegion } from "../../src/api/store/catalog/price-order/calculated-amounts"

jest.setTimeout(180_000)

/** The response of a request, whether axios resolved or rejected it. */
type HttpResponse = { status: number; data: unknown }
async function settle(request: Promise<unknown>): Promise<HttpResponse> {
  try {
    return (await request) as HttpResponse
  } catch (error) {
    return (error as { response: HttpResponse }).response
  }
}

type Region = { id: string; name: string; currency_code: string; countries: { iso_2: string }[] }

integrationRunner({
  inApp: true,
  // medusa-config.ts turns the translation flag on, but this runner loads Medusa's link
  // definitions (migrations) before it registers Medusa's own flags from the config, so the
  // read-only store-locale link behind /store/locales would be skipped; the env var is seen then.
  env: { MEDUSA_FF_TRANSLATION: "true" },
  testSuite: ({ api, getContainer }) => {
    let publishableKey = ""
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    // Top-level beforeAll: the runner snapshots after it, so every test starts from the seeded store.
    beforeAll(async () => {
      await seedDemoStore({ container: getContainer(), args: [] })
    })

    beforeEach(async () => {
      const response = await api.get("/public/storefront-config")
      publishableKey = response.data.publishable_key
    })

    it("hands the storefront a publishable key that opens the store API, and nothing without one", async () => {
      expect(publishableKey).toMatch(/^pk_/)
      const refused = await settle(api.get("/store/regions"))
      expect(refused.status).toBe(400)
      const badQuery = await settle(api.get("/public/storefront-config?debug=1"))
      expect(badQuery.status).toBe(400)
      expect(JSON.stringify(badQuery.data)).toContain("debug")
    })

    it("lets the storefront's origin read its config across origins, and no other", async () => {
      const allowed = await api.get("/public/storefront-config", { headers: { origin: "http://localhost:8000" } })
      expect(allowed.headers["access-control-allow-origin"]).toBe("http://localhost:8000")
      const foreign = await api.get("/public/storefront-config", { headers: { origin: "https://evil.example" } })
      expect(foreign.headers["access-control-allow-origin"]).toBeUndefined()
    })

    it("lists the five selling regions with their currencies and countries", async () => {
      const { data } = await api.get("/store/regions?limit=50", store())
      const regions = data.regions as Region[]
      expect(regions.map((region) => [region.name, region.currency_code]).sort()).toEqual(
        REGIONS.map((region) => [region.name, region.currency_code]).sort()
      )
      const eu = regions.find((region) => region.name === "European Union")!
      expect(eu.countries.map((country) => country.iso_2).sort()).toEqual(
        ["at", "be", "de", "es", "fr", "ie", "it", "nl"]
      )
    })

    it("lists every seeded product with a price in the region's currency and a served illustration", async () => {
      const { data: regionData } = await api.get("/store/regions", store())
      const uk = (regionData.regions as Region[]).find((region) => region.name === "United Kingdom")!
      const { data } = await api.get(
        `/store/products?region_id=${uk.id}&limit=100&fields=*variants.calculated_price,+variants.inventory_quantity`,
        store()
      )
      expect(data.count).toBe(PRODUCTS.length)
      const seeded = new Map(PRODUCTS.flatMap((product) => product.variants.map((variant) => [variant.sku, variant])))
      type Variant = { sku: string; inventory_quantity: number; calculated_price: { currency_code: string; calculated_amount: number } }
      for (const product of data.products as { variants: Variant[] }[]) {
        for (const variant of product.variants) {
          const expected = seeded.get(variant.sku)!
          expect(variant.calculated_price.currency_code).toBe("gbp")
          // Seeded in pence, served in pounds: 1995 -> 19.95.
          expect(Math.round(variant.calculated_price.calculated_amount * 100)).toBe(expected.prices.gbp)
          expect(variant.inventory_quantity).toBe(expected.stock)
        }
      }
      const image = await api.get(new URL(data.products[0].thumbnail).pathname)
      expect(image.status).toBe(200)
      expect(String(image.headers["content-type"])).toContain("image/svg+xml")
      expect(String(image.data)).toContain("<svg")
    })

    it("offers standard and express shipping priced in euros to a cart bound for Germany", async () => {
      const { data: regionData } = await api.get("/store/regions", store())
      const eu = (regionData.regions as Region[]).find((region) => region.name === "European Union")!
      const { data: cartData } = await api.post(
        "/store/carts",
        { region_id: eu.id, shipping_address: { country_code: "de" } },
        store()
      )
      const { data } = await api.get(`/store/shipping-options?cart_id=${cartData.cart.id}`, store())
      const options = data.shipping_options as { name: string; amount: number }[]
      expect(options.map((option) => option.name).sort()).toEqual(["Express (4-7 days)", "Standard (10-20 days)"])
      const standard = REGIONS.find((region) => region.name === "European Union")!.shipping.standard
      expect(Math.round(options.find((option) => option.name.startsWith("Standard"))!.amount * 100)).toBe(standard)
    })

    it("never seeds twice", async () => {
      await seedDemoStore({ container: getContainer(), args: [] })
      const { data } = await api.get("/store/products?limit=1", store())
      expect(data.count).toBe(PRODUCTS.length)
    })

    describe("the catalog in Spanish (Medusa's translation module)", () => {
      type Text = { id: string; handle: string; title: string; subtitle: string; description: string }

      it("serves every product's and category's Spanish for locale es-SV, and the English without one", async () => {
        const fields = "fields=id,handle,title,subtitle,description&limit=100"
        const { data: english } = await api.get(`/store/products?${fields}`, store())
        const { data: spanish } = await api.get(`/store/products?${fields}&locale=es-SV`, store())
        expect(spanish.count).toBe(PRODUCTS.length)
        for (const product of spanish.products as Text[]) {
          const { title, subtitle, description } = PRODUCTS_ES[product.handle]!
          expect({ title: product.title, subtitle: product.subtitle, description: product.description }).toEqual({
            title,
            subtitle,
            description,
          })
        }
        for (const product of english.products as Text[]) {
          expect(product.title).toBe(PRODUCTS.find((seed) => seed.handle === product.handle)!.title)
        }

        // One product, by the header the js-sdk sends, and with its categories translated too.
        const sorpresas = (english.products as Text[]).find((product) => product.handle === "ilobasco-sorpresas")!
        const { data: one } = await api.get(`/store/products/${sorpresas.id}?fields=title,*categories`, {
          headers: { ...store().headers, "x-medusa-locale": "es-SV" },
        })
        expect(one.product.title).toBe(PRODUCTS_ES["ilobasco-sorpresas"]!.title)
        expect(one.product.categories[0].name).toBe(CATEGORIES_ES.pottery.name)

        // Its options, values and variants too, alike wherever they appear, so the page's picker still matches variants.
        type Value = { id: string; value: string }
        const { data: withOptions } = await api.get(
          `/store/products/${sorpresas.id}?fields=*options,*options.values,*variants,*variants.options&locale=es-SV`,
          store()
        )
        const theme = withOptions.product.options[0] as { title: string; values: Value[] }
        expect(theme.title).toBe("Tema")
        expect(theme.values.map((value) => value.value).sort()).toEqual(["Música y baile", "Nacimiento", "Vida de pueblo"])
        for (const variant of withOptions.product.variants as { title: string; options: Value[] }[]) {
          expect(variant.options.map((value) => value.value)).toEqual([variant.title])
        }

        const { data: categories } = await api.get("/store/product-categories?fields=handle,name,description&locale=es-SV", store())
        const names = Object.fromEntries(
          (categories.product_categories as { handle: string; name: string }[]).map((category) => [category.handle, category.name])
        )
        expect(names).toEqual(Object.fromEntries(CATEGORIES.map((category) => [category.handle, CATEGORIES_ES[category.handle].name])))

        const { data: locales } = await api.get("/store/locales", store())
        expect((locales.locales as { code: string }[]).map((locale) => locale.code).sort()).toEqual(["en-US", "es-SV"])
      })

      it("titles a Spanish buyer's cart lines in Spanish, and the order keeps them; a language switch re-titles the cart", async () => {
        type Line = { title: string; product_title: string; variant_title: string }
        const { data: regionData } = await api.get("/store/regions?limit=50", store())
        const sv = (regionData.regions as Region[]).find((region) => region.name === "El Salvador")!
        const { data: productData } = await api.get("/store/products?handle=ilobasco-sorpresas&fields=id,title,*variants", store())
        const sorpresas = productData.products[0] as { id: string; title: string; variants: { id: string; sku: string }[] }
        const villageLife = sorpresas.variants.find((variant) => variant.sku === "IL-SORP-VIL")!
        const spanishTitle = PRODUCTS_ES["ilobasco-sorpresas"]!.title
        expect(sorpresas.title).not.toBe(spanishTitle)

        const address = { first_name: "Ana", last_name: "Compradora", address_1: "Calle 1", city: "San Salvador", country_code: "sv" }
        const { data: created } = await api.post(
          "/store/carts",
          { region_id: sv.id, locale: "es-SV", email: "ana@example.org", shipping_address: address, billing_address: address },
          store()
        )
        const cartId = created.cart.id as string
        expect(created.cart.locale).toBe("es-SV")
        const { data: added } = await api.post(`/store/carts/${cartId}/line-items`, { variant_id: villageLife.id, quantity: 1 }, store())
        expect((added.cart.items as Line[]).map((item) => [item.title, item.product_title, item.variant_title])).toEqual([
          [spanishTitle, spanishTitle, "Vida de pueblo"],
        ])

        // The buyer switches to English and back: Medusa re-writes the lines each time.
        const { data: english } = await api.post(`/store/carts/${cartId}`, { locale: "en-US" }, store())
        expect((english.cart.items as Line[]).map((item) => item.title)).toEqual([sorpresas.title])
        const { data: spanish } = await api.post(`/store/carts/${cartId}`, { locale: "es-SV" }, store())
        expect((spanish.cart.items as Line[]).map((item) => item.title)).toEqual([spanishTitle])

        const { data: options } = await api.get(`/store/shipping-options?cart_id=${cartId}`, store())
        await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.shipping_options[0].id }, store())
        const { data: collection } = await api.post("/store/payment-collections", { cart_id: cartId }, store())
        await api.post(`/store/payment-collections/${collection.payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store())
        const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, store())
        expect(completed.type).toBe("order")
        expect((completed.order.items as Line[]).map((item) => item.title)).toEqual([spanishTitle])

        const { data: lookup } = await api.post("/store/order-lookup", { email: "ana@example.org", display_id: completed.order.display_id }, store())
        expect((lookup.order.items as Line[]).map((item) => item.title)).toEqual([spanishTitle])
      })
    })

    describe("sorted by price (GET /store/catalog/price-order)", () => {
      type PriceOrder = { product_ids: string[]; count: number; offset: number; limit: number }
      const euro = async () =>
        ((await api.get("/store/regions?limit=50", store())).data.regions as Region[]).find(
          (region) => region.currency_code === "eur"
        )!
      const priceOrder = async (search: string) =>
        (await api.get(`/store/catalog/price-order?${search}`, store())).data as PriceOrder
      /** Seeded handle by product id, for checking answers against the seed data. */
      const handles = async () => {
        const { data } = await api.get("/store/products?limit=100&fields=id,handle", store())
        return new Map((data.products as { id: string; handle: string }[]).map((product) => [product.id, product.handle]))
      }
      const lowestEur = new Map(
        PRODUCTS.map((product) => [product.handle, Math.min(...product.variants.map((variant) => variant.prices.eur))])
      )
      const cooperativeOf = (handle: string) => COOPERATIVES.find((c) => c.handle === PRODUCT_COOPERATIVE[handle])!

      /** Prices never go the wrong way, and equal prices are newest (greatest id) first. */
      const expectOrdered = (ids: string[], handleOf: Map<string, string>, direction: 1 | -1) => {
        for (let i = 1; i < ids.length; i++) {
          const [before, after] = [lowestEur.get(handleOf.get(ids[i - 1])!)!, lowestEur.get(handleOf.get(ids[i])!)!]
          expect(direction * (after - before)).toBeGreaterThanOrEqual(0)
          if (after === before) expect(ids[i - 1] > ids[i]).toBe(true)
        }
      }

      it("orders every published craft by its cheapest variant in the region's currency, both ways", async () => {
        const region = await euro()
        const handleOf = await handles()
        const ascending = await priceOrder(`region_id=${region.id}&limit=100`)
        expect(ascending.count).toBe(PRODUCTS.length)
        expect(ascending.product_ids).toHaveLength(PRODUCTS.length)
        expectOrdered(ascending.product_ids, handleOf, 1)
        const cheapest = Math.min(...lowestEur.values())
        expect(lowestEur.get(handleOf.get(ascending.product_ids[0])!)).toBe(cheapest)

        const descending = await priceOrder(`region_id=${region.id}&order=-price&limit=100`)
        expect(descending.count).toBe(PRODUCTS.length)
        expectOrdered(descending.product_ids, handleOf, -1)
        expect(lowestEur.get(handleOf.get(descending.product_ids[0])!)).toBe(Math.max(...lowestEur.values()))

        // The storefront reads the page back through /store/products: same prices, in euros.
        const firstFive = ascending.product_ids.slice(0, 5)
        const { data } = await api.get(
          `/store/products?region_id=${region.id}&${firstFive.map((id) => `id[]=${id}`).join("&")}&fields=id,*variants.calculated_price`,
          store()
        )
        type Priced = { id: string; variants: { calculated_price: { calculated_amount: number; currency_code: string } }[] }
        for (const product of data.products as Priced[]) {
          const lowest = Math.min(...product.variants.map((variant) => variant.calculated_price.calculated_amount))
          expect(Math.round(lowest * 100)).toBe(lowestEur.get(handleOf.get(product.id)!))
          expect(product.variants[0].calculated_price.currency_code).toBe("eur")
        }
      })

      it("combines the shop's filters: category, producer group, department, cooperative and search", async () => {
        const region = await euro()
        const handleOf = await handles()
        const { data: categoryData } = await api.get("/store/product-categories?handle=textiles-hammocks", store())
        const textiles = categoryData.product_categories[0].id as string

        const womensTextiles = await priceOrder(`region_id=${region.id}&category_id=${textiles}&producer_group=women&limit=100`)
        const expected = PRODUCTS.filter(
          (product) => product.category === "textiles-hammocks" && cooperativeOf(product.handle).producer_groups.includes("women")
        ).map((product) => product.handle)
        expect(expected.length).toBeGreaterThan(1)
        expect(womensTextiles.product_ids.map((id) => handleOf.get(id)).sort()).toEqual([...expected].sort())
        expect(womensTextiles.count).toBe(expected.length)
        expectOrdered(womensTextiles.product_ids, handleOf, 1)

        const morazan = await priceOrder(`region_id=${region.id}&department=morazan&order=-price&limit=100`)
        const inMorazan = PRODUCTS.filter((product) => cooperativeOf(product.handle).department === "morazan")
        expect(morazan.product_ids.map((id) => handleOf.get(id)).sort()).toEqual(inMorazan.map((p) => p.handle).sort())
        expectOrdered(morazan.product_ids, handleOf, -1)

        // The same narrowing /store/products gives for the same filters, only ordered differently.
        const { data: cooperativeData } = await api.get("/store/cooperatives?department=morazan", store())
        const barroNegro = (cooperativeData.cooperatives as { id: string; handle: string }[]).find(
          (cooperative) => cooperative.handle === "barro-negro-guatajiagua"
        )!
        const search = `q=clay&cooperative_id=${barroNegro.id}`
        const sorted = await priceOrder(`region_id=${region.id}&${search}&department=morazan`)
        const { data: listed } = await api.get(`/store/products?${search}&limit=100&fields=id`, store())
        expect(sorted.count).toBeGreaterThan(0)
        expect([...sorted.product_ids].sort()).toEqual((listed.products as { id: string }[]).map((p) => p.id).sort())
        // A cooperative outside the department leaves nothing.
        const none = await priceOrder(`region_id=${region.id}&cooperative_id=${barroNegro.id}&department=cabanas`)
        expect(none).toMatchObject({ product_ids: [], count: 0 })
      })

      it("finds with q exactly what /store/products finds with it, in English: words anywhere, SKUs, wildcards", async () => {
        const region = await euro()
        const tried: Record<string, number> = {}
        for (const q of ["clay", "CLAY", "hammock", "blue hammock", "hammock blue", "ss-ham", "SS-HAM-SGL-SUN", "nativ", "a_o", "10%", "zzzz", "cotton  hand"]) {
          const sorted = await priceOrder(`region_id=${region.id}&q=${encodeURIComponent(q)}&limit=100`)
          const { data: listed } = await api.get(`/store/products?q=${encodeURIComponent(q)}&limit=100&fields=id`, store())
          expect([q, [...sorted.product_ids].sort()]).toEqual([q, (listed.products as { id: string }[]).map((p) => p.id).sort()])
          tried[q] = sorted.count
        }
        // The words were not all misses: several find crafts, one finds none.
        expect(Object.values(tried).filter((count) => count > 0).length).toBeGreaterThan(5)
        expect(tried.zzzz).toBe(0)
      })

      it("pages through one total order: pages join up with no repeat and no gap", async () => {
        const region = await euro()
        const whole = await priceOrder(`region_id=${region.id}&order=-price&limit=100`)
        const pages: string[] = []
        for (let offset = 0; offset < whole.count; offset += 8) {
          const page = await priceOrder(`region_id=${region.id}&order=-price&limit=8&offset=${offset}`)
          expect(page).toMatchObject({ count: whole.count, offset, limit: 8 })
          pages.push(...page.product_ids)
        }
        expect(pages).toEqual(whole.product_ids)
        const past = await priceOrder(`region_id=${region.id}&offset=500`)
        expect(past).toMatchObject({ product_ids: [], count: whole.count })
      })

      it("leaves out drafts and the crafts of a paused cooperative, like the store's list", async () => {
        const region = await euro()
        const handleOf = await handles()
        const idOf = new Map([...handleOf].map(([id, handle]) => [handle, id]))
        const container = getContainer()
        await container.resolve(Modules.PRODUCT).updateProducts(idOf.get("ilobasco-nativity")!, { status: "draft" })
        const { data: cooperativeData } = await api.get("/store/cooperatives?limit=50", store())
        const flor = (cooperativeData.cooperatives as { id: string; handle: string }[]).find((c) => c.handle === "flor-de-tule")!
        // Through the workflow staff use: pausing takes the cooperative's crafts out of the sales channels.
        await updateCooperativeWorkflow(container).run({ input: { id: flor.id, update: { status: "paused" } } })

        const sorted = await priceOrder(`region_id=${region.id}&limit=100`)
        const left = sorted.product_ids.map((id) => handleOf.get(id))
        expect(left).not.toContain("ilobasco-nativity")
        expect(left.filter((handle) => PRODUCT_COOPERATIVE[handle!] === "flor-de-tule")).toEqual([])
        const { data: listed } = await api.get("/store/products?limit=100&fields=id", store())
        expect(sorted.count).toBe(listed.count)
        expect([...sorted.product_ids].sort()).toEqual((listed.products as { id: string }[]).map((p) => p.id).sort())
      })

      it("prices as Medusa's pricing module does, through sale and override price lists, dates and region rules", async () => {
        const region = await euro()
        const handleOf = await handles()
        const idOf = new Map([...handleOf].map(([id, handle]) => [handle, id]))
        const container = getContainer()
        const query = container.resolve("query")
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["sku", "product_id", "price_set.id"] })
        const setOf = (sku: string) => (variants as { sku: string; price_set: { id: string } }[]).find((v) => v.sku === sku)!.price_set.id
        const cheapest = [...lowestEur.entries()].sort((a, b) => a[1] - b[1])
        const [dearHandle, dearest] = cheapest[cheapest.length - 1]!
        const [midHandle] = cheapest[Math.floor(cheapest.length / 2)]!
        const [lowHandle] = cheapest[0]!
        const skusOf = (handle: string) => PRODUCTS.find((p) => p.handle === handle)!.variants.map((v) => v.sku)
        const euros = (cents: number) => cents / 100
        const pricing = container.resolve(Modules.PRICING)
        const yesterday = new Date(Date.now() - 86_400_000).toISOString()
        await pricing.createPriceLists([
          // A sale brings the dearest craft under the cheapest: it now leads the ascending order.
          { title: "Sale", description: "e2e", type: "sale", status: "active", prices: skusOf(dearHandle).map((sku) => ({ amount: 1, currency_code: "eur", price_set_id: setOf(sku) })) },
          // A sale above the usual price changes nothing; an override above it applies.
          { title: "Dear sale", description: "e2e", type: "sale", status: "active", prices: skusOf(lowHandle).map((sku) => ({ amount: euros(dearest) + 100, currency_code: "eur", price_set_id: setOf(sku) })) },
          { title: "Override", description: "e2e", type: "override", status: "active", prices: skusOf(midHandle).map((sku) => ({ amount: euros(dearest) + 50, currency_code: "eur", price_set_id: setOf(sku) })) },
          // An ended list and a draft list apply nowhere.
          { title: "Ended", description: "e2e", type: "override", status: "active", ends_at: yesterday, prices: skusOf(lowHandle).map((sku) => ({ amount: 9999, currency_code: "eur", price_set_id: setOf(sku) })) },
          { title: "Draft", description: "e2e", type: "sale", status: "draft", prices: skusOf(midHandle).map((sku) => ({ amount: 0.5, currency_code: "eur", price_set_id: setOf(sku) })) },
        ])
        // A price for this region only, below every other one, on the low craft's first variant.
        await pricing.addPrices({ priceSetId: setOf(skusOf(lowHandle)[0]!), prices: [{ amount: 0.25, currency_code: "eur", rules: { region_id: region.id } }] })

        const allSets = (variants as { price_set: { id: string } }[]).map((v) => v.price_set.id)
        const context = { region_id: region.id, currency_code: "eur" }
        const medusa = await pricing.calculatePrices({ id: allSets }, { context })
        const ours = await calculatedAmountsInRegion(container, allSets, context)
        expect(Object.fromEntries(ours)).toEqual(Object.fromEntries(medusa.map((price) => [price.id, price.calculated_amount])))

        const sorted = await priceOrder(`region_id=${region.id}&limit=100`)
        expect(sorted.product_ids.slice(0, 2).map((id) => handleOf.get(id))).toEqual([lowHandle, dearHandle])
        expect(sorted.product_ids.at(-1)).toBe(idOf.get(midHandle))
      })

      it("answers 400 to a bad query and to a request without the publishable key", async () => {
        const region = await euro()
        for (const search of [
          "",
          `region_id=${region.id}&order=cheapest`,
          `region_id=${region.id}&limit=0`,
          `region_id=${region.id}&limit=101`,
          `region_id=${region.id}&offset=-1`,
          `region_id=${region.id}&producer_group=elders`,
          `region_id=${region.id}&department=atlantis`,
          `region_id=${region.id}&sort=price`,
          "region_id=reg_missing",
        ]) {
          const response = await settle(api.get(`/store/catalog/price-order?${search}`, store()))
          expect([search, response.status]).toEqual([search, 400])
        }
        const anonymous = await settle(api.get(`/store/catalog/price-order?region_id=${region.id}`))
        expect(anonymous.status).toBe(400)
      })

      it("caps the search at 200 characters here and on /store/products: 400 naming q past it", async () => {
        const region = await euro()
        for (const path of [`/store/catalog/price-order?region_id=${region.id}&`, "/store/products?"]) {
          const long = await settle(api.get(`${path}q=${"a".repeat(201)}`, store()))
          expect([path, long.status, (long.data as { message: string }).message]).toEqual([path, 400, "Invalid request: Value for field 'q' too big, expected at most: '200'"])
          expect([path, (await settle(api.get(`${path}q=${"a".repeat(200)}`, store()))).status]).toEqual([path, 200])
        }
      })
    })

    it("lets browsers and CDNs keep anonymous catalog reads briefly, and never a customer's answers, carts or orders", async () => {
      type Answer = { status: number; headers: Record<string, string | undefined>; data: Record<string, unknown> }
      const get = async (path: string, headers: Record<string, string> = {}) =>
        (await settle(api.get(path, { headers: { ...store().headers, ...headers } }))) as unknown as Answer
      const { data: regionsData } = await get("/store/regions")
      const region = (regionsData.regions as Region[]).find((r) => r.name === "United States")!
      const { data: productsData } = await get(`/store/products?region_id=${region.id}&limit=1`)
      const product = (productsData.products as { id: string }[])[0]
      const { data: cooperativesData } = await get("/store/cooperatives")
      const cooperative = (cooperativesData.cooperatives as { handle: string }[])[0]
      const reads = [
        `/store/products?region_id=${region.id}&limit=12&fields=*cooperative`,
        `/store/products/${product.id}?region_id=${region.id}`,
        "/store/product-categories",
        "/store/regions",
        `/store/regions/${region.id}`,
        "/store/cooperatives",
        `/store/cooperatives/${cooperative.handle}`,
      ]
      for (const path of reads) {
        const answer = await get(path)
        expect([path, answer.status, answer.headers["cache-control"]]).toEqual([path, 200, "public, max-age=30, stale-while-revalidate=120"])
        const vary = String(answer.headers.vary).toLowerCase()
        for (const name of ["x-publishable-api-key", "x-medusa-locale", "authorization", "cookie", "origin"]) expect([path, vary]).toEqual([path, expect.stringContaining(name)])
      }
      // Stock counts are re-asked every time (a coordinator's new count, the last one just sold), plain or percent-encoded.
      for (const fields of ["%2Bvariants.inventory_quantity", "*cooperative,%2Bvariants%2Einventory_quantity"]) {
        const answer = await get(`/store/products/${product.id}?region_id=${region.id}&fields=${fields}`)
        expect([fields, answer.status, answer.headers["cache-control"]]).toEqual([fields, 200, "public, no-cache"])
      }
      // A 404 is not kept.
      expect((await get("/store/products/prod_missing")).headers["cache-control"]).toBe("private, no-store")

      // A signed-in customer's catalog answers (customer-group prices) stay private.
      await api.post("/auth/customer/emailpass/register", { email: "cache@buyer.test", password: "a buyer's own password" })
      const { data: login } = await api.post("/auth/customer/emailpass", { email: "cache@buyer.test", password: "a buyer's own password" })
      const signedIn = { authorization: `Bearer ${login.token}` }
      expect((await get(reads[0], signedIn)).headers["cache-control"]).toBe("private, no-store")
      expect((await get(reads[1], { cookie: "connect.sid=s%3Aabc" })).headers["cache-control"]).toBe("private, no-store")

      // Carts (and every personal answer) never get a public Cache-Control.
      const { data: cartData } = await api.post("/store/carts", { region_id: region.id }, store())
      const cart = cartData.cart as { id: string }
      for (const path of [`/store/carts/${cart.id}`, "/store/orders", "/store/customers/me"]) {
        const answer = await get(path, path === `/store/carts/${cart.id}` ? {} : signedIn)
        expect([path, String(answer.headers["cache-control"] ?? "")]).toEqual([path, expect.not.stringContaining("public")])
      }
    })

    it("gives the seeded hammock its size through the store API, and the migration script fills older stores only where empty", async () => {
      // The fields the storefront's product page asks for: the product's own, then its variants'.
      const fields = "length,width,height,weight,variants.sku,variants.length,variants.width,variants.height,variants.weight"
      const read = async () => {
        const { data } = await api.get(`/store/products?handle=san-sebastian-hammock&fields=${fields}`, store())
        type Sized = { id: string; sku: string; length: number | null; width: number | null; height: number | null; weight: number | null }
        return Object.fromEntries((data.products[0].variants as Sized[]).map(({ id: _id, sku, ...size }) => [sku, size]))
      }
      const { data: product } = await api.get(`/store/products?handle=san-sebastian-hammock&fields=${fields}`, store())
      expect(product.products[0]).toMatchObject({ weight: 1800, length: null })
      const seeded = await read()
      expect(seeded["SS-HAM-SGL-SUN"]).toEqual({ length: 200, width: 100, height: null, weight: 1500 })
      expect(seeded["SS-HAM-DBL-SEA"]).toEqual({ length: 220, width: 150, height: null, weight: 2100 })

      // A store seeded before: sizes empty, except one staff corrected by hand.
      const products = getContainer().resolve(Modules.PRODUCT)
      const variants = await products.listProductVariants({ sku: ["SS-HAM-SGL-SUN", "SS-HAM-DBL-SEA"] })
      const bySku = Object.fromEntries(variants.map((variant) => [variant.sku, variant.id]))
      await products.updateProductVariants(bySku["SS-HAM-SGL-SUN"]!, { length: null, width: null, weight: null })
      await products.updateProductVariants(bySku["SS-HAM-DBL-SEA"]!, { length: 230, width: null, weight: null })
      await fillVariantDimensions({ container: getContainer() })
      const filled = await read()
      expect(filled["SS-HAM-SGL-SUN"]).toEqual({ length: 200, width: 100, height: null, weight: 1500 })
      expect(filled["SS-HAM-DBL-SEA"]).toEqual({ length: 230, width: 150, height: null, weight: 2100 })
    })

    it("refuses the admin API without a staff session", async () => {
      const response = await settle(api.get("/admin/products"))
      expect(response.status).toBe(401)
    })
  },
})
