import { integrationRunner } from "./helpers/runner"
import seedDemoStore from "../../src/scripts/seed"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { PRODUCTS_ES } from "../../src/scripts/seed/catalog-data-es"

jest.setTimeout(180_000)

type Listed = { id: string; handle: string }

/** The handles whose Spanish title, subtitle or description contain the word: what a Spanish reader expects to find. */
const spanishHandlesWith = (word: string) =>
  Object.entries(PRODUCTS_ES)
    .filter(([, text]) => [text.title, text.subtitle, text.description].some((field) => field.toLowerCase().includes(word)))
    .map(([handle]) => handle)
    .sort()

integrationRunner({
  inApp: true,
  // As in store-catalog.test.ts: the translation flag must be seen before the runner loads the links.
  env: { MEDUSA_FF_TRANSLATION: "true" },
  testSuite: ({ api, getContainer }) => {
    let publishableKey = ""
    const store = () => ({ headers: { "x-publishable-api-key": publishableKey } })

    beforeAll(async () => {
      await seedDemoStore({ container: getContainer(), args: [] })
    })

    beforeEach(async () => {
      publishableKey = (await api.get("/public/storefront-config")).data.publishable_key
    })

    describe("search in the reader's language", () => {
      const search = async (q: string, locale?: string) => {
        const { data } = await api.get(
          `/store/products?q=${encodeURIComponent(q)}&fields=id,handle&limit=100${locale ? `&locale=${locale}` : ""}`,
          store()
        )
        return { handles: (data.products as Listed[]).map((product) => product.handle).sort(), count: data.count as number }
      }

      it("finds the hammocks and scarves by their Spanish words, and a Spanish 'collar' finds necklaces, not the collarless shirt", async () => {
        const hammocks = await search("hamaca", "es-SV")
        expect(hammocks.handles).toEqual(spanishHandlesWith("hamaca"))
        expect(hammocks.handles).toEqual(expect.arrayContaining(["san-sebastian-hammock", "san-sebastian-hammock-chair"]))
        expect(hammocks.count).toBe(hammocks.handles.length)

        const scarves = await search("Bufanda", "es-SV")
        expect(scarves.handles).toEqual(expect.arrayContaining(["san-sebastian-cotton-scarf", "suchitoto-indigo-scarf"]))
        expect(scarves.handles).toEqual(spanishHandlesWith("bufanda"))

        const collar = await search("collar", "es-SV")
        expect(collar.handles).toEqual(expect.arrayContaining(["perquin-pacun-seed-necklace", "recycled-paper-bead-necklace"]))
        expect(collar.handles).not.toContain("suchitoto-indigo-shirt")

        // By the header the js-sdk sends, too.
        const { data } = await api.get("/store/products?q=hamaca&fields=handle", {
          headers: { ...store().headers, "x-medusa-locale": "es-SV" },
        })
        expect((data.products as Listed[]).map((product) => product.handle).sort()).toEqual(hammocks.handles)
      })

      it("keeps English search on the English texts", async () => {
        const english = await search("hammock")
        expect(english.handles).toEqual(expect.arrayContaining(["san-sebastian-hammock", "san-sebastian-hammock-chair"]))
        expect((await search("hamaca")).handles).toEqual([])
        expect((await search("collar", "en-US")).handles).toContain("suchitoto-indigo-shirt")
        expect(PRODUCTS.length).toBeGreaterThan(english.handles.length)
      })

      it("sorts a Spanish search by price over the same crafts (GET /store/catalog/price-order)", async () => {
        const { data: regions } = await api.get("/store/regions", store())
        const region = (regions.regions as { id: string; currency_code: string }[]).find((r) => r.currency_code === "eur")!
        const { data } = await api.get(`/store/catalog/price-order?region_id=${region.id}&q=bufanda&locale=es-SV&limit=100`, store())
        const { data: listed } = await api.get("/store/products?q=bufanda&locale=es-SV&fields=id&limit=100", store())
        expect(data.count).toBe(spanishHandlesWith("bufanda").length)
        expect([...data.product_ids].sort()).toEqual((listed.products as Listed[]).map((product) => product.id).sort())
      })
    })
  },
})
