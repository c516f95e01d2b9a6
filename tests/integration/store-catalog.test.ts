import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seedDemoStore from "../../src/scripts/seed"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { REGIONS } from "../../src/scripts/seed/regions-data"

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

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
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

    it("refuses the admin API without a staff session", async () => {
      const response = await settle(api.get("/admin/products"))
      expect(response.status).toBe(401)
    })
  },
})
