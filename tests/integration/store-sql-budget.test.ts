import { integrationRunner } from "./helpers/runner"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"
import { sqlCounter } from "./helpers/count-sql"

jest.setTimeout(240_000)

/** Medusa's publishable key check, before any /store route (vanilla sends it too): the key, then its sales channels. */
const KEY_CHECK = [/from "api_key"/, /from "publishable_api_key_sales_channel"/]
/** The budget for the store routes of the project's own. */
const BUDGET = 2
integrationRunner({
  inApp: true,
  // Translations on, as in the store (see store-catalog.test.ts): the Spanish search's statements are counted too.
  env: { MEDUSA_FF_TRANSLATION: "true" },
  testSuite: ({ api, getContainer }) => {
    const { store } = seededStore(api, getContainer)
    const counter = sqlCounter()
    afterAll(() => counter.restore())

    /**
     * The statements one GET sends beyond Medusa's key check: the fewest of
     * three tries, each after the app went quiet (a job or subscriber could
     * otherwise land inside the count).
     */
    async function ownStatements(route: string): Promise<string[]> {
      let fewest: string[] | undefined
      for (let attempt = 0; attempt < 3; attempt++) {
        await quiet()
        const { result, statements } = await counter.during(() => api.get(route, store) as Promise<{ status: number }>)
        expect(result.status).toBe(200)
        const own = statements.filter((text) => !KEY_CHECK.some((check) => check.test(text)))
        expect(statements.length - own.length).toBe(KEY_CHECK.length)
        if (!fewest || own.length < fewest.length) fewest = own
      }
      return fewest!
    }

    async function quiet() {
      let last = counter.texts.length
      for (let tries = 0; tries < 40; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        if (counter.texts.length === last) return
        last = counter.texts.length
      }
    }

    it("answers each store route of the project's own in at most 2 SQL statements, beyond Medusa's key check", async () => {
      const { data } = await api.get("/store/regions", store)
      const regionId = (data as unknown as { regions: { id: string; name: string }[] }).regions.find((r) => r.name === "United States")!.id
      const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      // The split is written a moment after the order: the count is of a split with rows.
      for (let tries = 0; tries < 100; tries++) {
        if ((await api.get(`/store/orders/${order.id}/revenue-split`, store)).data.split.recorded) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const handle = ((await api.get("/store/cooperatives", store)).data.cooperatives as { handle: string }[])[0]!.handle
      const category = ((await api.get("/store/product-categories?limit=1", store)).data.product_categories as { id: string }[])[0]!.id

      const routes: [string, number][] = [
        ["/store/cooperatives", BUDGET],
        ["/store/cooperatives?producer_group=youth&department=morazan", BUDGET],
        [`/store/cooperatives/${handle}`, BUDGET],
        ["/store/impact", BUDGET],
        ["/store/revenue-split", BUDGET],
        [`/store/orders/${order.id}/revenue-split`, BUDGET],
        [`/store/catalog/price-order?region_id=${regionId}`, BUDGET],
        [`/store/catalog/price-order?region_id=${regionId}&department=morazan&producer_group=youth`, BUDGET],
        [`/store/catalog/price-order?region_id=${regionId}&category_id=${category}&order=-price`, BUDGET],
        [`/store/catalog/price-order?region_id=${regionId}&q=algodon&locale=es-SV`, BUDGET],
        [`/store/catalog/price-order?region_id=${regionId}&q=clay`, BUDGET],
        [`/store/catalog/price-order?region_id=${regionId}&q=blue%20hammock&category_id=${category}`, BUDGET],
      ]
      const counts: Record<string, number> = {}
      for (const [route] of routes) counts[route] = (await ownStatements(route)).length
      // The figures themselves, for the note.
      process.stdout.write(`SQL statements per request beyond the key check: ${JSON.stringify(counts, null, 1)}\n`)
      expect(counts).toEqual(Object.fromEntries(routes.map(([route, budget]) => [route, Math.min(counts[route]!, budget)])))
    })
  },
})
