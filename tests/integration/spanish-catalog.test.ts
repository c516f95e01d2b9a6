import { integrationRunner } from "./helpers/runner"
import { seededStore } from "./helpers/seeded-store"
import { checkoutUntilPayment, placeOrder } from "./helpers/orders"
import { Modules } from "@medusajs/framework/utils"
import addSpanishOfOriginsAndDelivery from "../../src/migration-scripts/spanish-origins-and-delivery"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { optionTextEs, PRODUCTS_ES } from "../../src/scripts/seed/catalog-data-es"

jest.setTimeout(180_000)

type Listed = { id: string; handle: string }

/** The handles whose Spanish title, subtitle or description contain the word: what a Spanish reader expects to find. */
const spanishHandlesWith = (word: string) =>
  Object.entries(PRODUCTS_ES)
    .filter(([, text]) => [text.title, text.subtitle, text.description].some((field) => field.toLowerCase().includes(word)))
    .map(([handle]) => handle)
    .sort()

/** Lower case without accents: how a reader's typing compares with the catalog's words. */
const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()

/**
 * The handles a Spanish reader finds with `q`, as the seed wrote the catalog:
 * the Spanish title, subtitle and description, each variant's title as read
 * in Spanish, and its SKU, compared without case or accents.
 */
const spanishFinds = (q: string) =>
  PRODUCTS.filter((product) => {
    const spanish = PRODUCTS_ES[product.handle]!
    const texts = [spanish.title, spanish.subtitle, spanish.description]
    for (const variant of product.variants) texts.push(optionTextEs(variant.title) ?? variant.title, variant.sku)
    return texts.some((text) => fold(text).includes(fold(q)))
  })
    .map((product) => product.handle)
    .sort()

integrationRunner({
  inApp: true,
  // As in store-catalog.test.ts: the translation flag must be seen before the runner loads the links.
  env: { MEDUSA_FF_TRANSLATION: "true" },
  testSuite: ({ api, getContainer }) => {
    const { store: storeHeaders, staff } = seededStore(api, getContainer)
    const store = () => storeHeaders

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

      it("finds Spanish words with or without their accents, in any case", async () => {
        const cotton = await search("algodon", "es-SV")
        expect(cotton.handles.length).toBeGreaterThan(2)
        expect(cotton.handles).toEqual(spanishFinds("algodón"))
        expect(cotton.count).toBe(cotton.handles.length)
        expect((await search("ALGODÓN", "es-SV")).handles).toEqual(cotton.handles)
        // The reverse: an accent the catalog's word does not have.
        expect((await search("hamáca", "es-SV")).handles).toEqual(spanishFinds("hamaca"))
        for (const q of ["jicaro", "Perquin", "pacún"]) {
          const found = (await search(q, "es-SV")).handles
          expect([q, found.length > 0]).toEqual([q, true])
          expect([q, found]).toEqual([q, spanishFinds(q)])
        }
      })

      it("matches variants' Spanish titles and SKUs as English search matches theirs", async () => {
        const bird = await search("pajaro", "es-SV")
        expect(bird.handles).toEqual(spanishFinds("pájaro"))
        expect(bird.handles.length).toBeGreaterThan(0)
        expect((await search("mezcla calida", "es-SV")).handles).toEqual(spanishFinds("mezcla cálida"))

        const bySku = await search("SS-HAM-DBL", "es-SV")
        expect(bySku.handles).toEqual(["san-sebastian-hammock"])
        expect((await search("SS-HAM-DBL")).handles).toEqual(bySku.handles)
        // A LIKE wildcard is a plain character: "_" matches no SKU's letter.
        expect((await search("SS_HAM", "es-SV")).handles).toEqual([])
      })

      it("sorts an accent-less Spanish search by price over the same crafts as the list", async () => {
        const { data: regions } = await api.get("/store/regions", store())
        const region = (regions.regions as { id: string; currency_code: string }[]).find((r) => r.currency_code === "usd")!
        const { data } = await api.get(`/store/catalog/price-order?region_id=${region.id}&q=algodon&locale=es-SV&limit=100`, store())
        const { data: listed } = await api.get("/store/products?q=algodon&locale=es-SV&fields=id&limit=100", store())
        expect(data.count).toBe(spanishFinds("algodon").length)
        expect([...data.product_ids].sort()).toEqual((listed.products as Listed[]).map((product) => product.id).sort())
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

    describe("what else a Spanish reader reads", () => {
      type Origin = { technique: string; materials: string[]; production_time: string }

      it("gives the craft-origin facts in Spanish for es-SV and in English without it", async () => {
        const read = async (locale?: string) =>
          (await api.get(`/store/products?handle=san-sebastian-cotton-scarf&fields=handle,*craft_origin${locale ? `&locale=${locale}` : ""}`, store()))
            .data.products[0].craft_origin as Origin
        expect(await read("es-SV")).toMatchObject({
          technique: "Tejido en telar de pedal con flecos torcidos a mano",
          materials: ["algodón"],
          production_time: "2 días",
        })
        expect(await read()).toMatchObject({ technique: "Treadle-loom weaving with hand-twisted fringes", materials: ["cotton"], production_time: "2 days" })
      })

      it("lists the cooperatives' crafts in Spanish, in the list and on the profile", async () => {
        type Listed = { handle: string; crafts: string[] }
        const { data } = await api.get("/store/cooperatives?locale=es-SV&limit=50", store())
        const hilos = (data.cooperatives as Listed[]).find((cooperative) => cooperative.handle === "hilos-de-chichontepec")!
        expect(hilos.crafts).toEqual(["hamacas", "manteles", "bufandas", "limpiadores de cocina"])
        const { data: one } = await api.get("/store/cooperatives/hilos-de-chichontepec", {
          headers: { ...store().headers, "x-medusa-locale": "es-SV" },
        })
        expect(one.cooperative.crafts).toEqual(hilos.crafts)
        expect((await api.get("/store/cooperatives/hilos-de-chichontepec", store())).data.cooperative.crafts).toContain("hammocks")
      })

      it("names the delivery options in Spanish for a Spanish buyer's cart", async () => {
        const names = async (locale: string) => {
          const { cart_id } = await checkoutUntilPayment(api, store(), {
            regionName: "European Union",
            countryCode: "de",
            items: [{ sku: "SS-SCARF-MAI", quantity: 1 }],
            locale,
          })
          const { data } = await api.get(`/store/shipping-options?cart_id=${cart_id}`, store())
          return (data.shipping_options as { name: string }[]).map((option) => option.name).sort()
        }
        expect(await names("es-SV")).toEqual(["Estándar (10 a 20 días)", "Exprés (4 a 7 días)"])
        expect(await names("en-US")).toEqual(["Express (4-7 days)", "Standard (10-20 days)"])
      })

      it("shows the coordinator products, variants and an English buyer's order lines in Spanish", async () => {
        const { order } = await placeOrder(api, store(), {
          regionName: "United States",
          countryCode: "us",
          items: [{ sku: "SS-SCARF-MAI", quantity: 2 }],
          locale: "en-US",
        })
        for (let tries = 0; tries < 100 && (await api.get(`/admin/ledger-entries?order_id=${order.id}`, staff)).data.count === 0; tries++) {
          await new Promise((resolve) => setTimeout(resolve, 200))
        }
        const { data: listed } = await api.get(
          "/store/products?handle=san-sebastian-cotton-scarf&fields=id,title,*variants,*cooperative&locale=es-SV",
          store()
        )
        const scarf = listed.products[0] as { id: string; title: string; variants: { id: string; sku: string; title: string }[]; cooperative: { id: string } }
        const maize = scarf.variants.find((variant) => variant.sku === "SS-SCARF-MAI")!
        expect(scarf.title).toBe("Bufanda de algodón de San Sebastián")
        expect(maize.title).not.toBe("Maize")

        const password = "tierra-y-libertad-1992"
        const { data } = await api.post(`/admin/cooperatives/${scarf.cooperative.id}/coordinators`, { email: "coord@es.test", name: "Coordinadora" }, staff)
        await api.post("/coordinator/invites/accept", { token: new URL(data.invite_url).searchParams.get("token"), password })
        const { token } = (await api.post("/auth/coordinator/emailpass", { email: "coord@es.test", password })).data
        const me = { headers: { authorization: `Bearer ${token}` } }

        type PortalProduct = { id: string; title: string; variants: { id: string; title: string }[] }
        const products = (await api.get("/coordinator/products", me)).data.products as PortalProduct[]
        const mine = products.find((product) => product.id === scarf.id)!
        expect(mine.title).toBe(scarf.title)
        expect(mine.variants.find((variant) => variant.id === maize.id)!.title).toBe(maize.title)

        const { data: orders } = await api.get("/coordinator/orders", me)
        expect(orders.orders[0].items).toEqual([
          expect.objectContaining({ title: scarf.title, variant_title: maize.title, quantity: 2 }),
        ])
        // A portal asking for English gets the catalog's English.
        const english = await api.get("/coordinator/orders", { headers: { ...me.headers, "x-medusa-locale": "en-US" } })
        expect(english.data.orders[0].items[0]).toMatchObject({ title: "San Sebastián Cotton Scarf", variant_title: "Maize" })
      })
    })

    it("gives a store seeded before them the Spanish origins, crafts and delivery names once (migration script), keeping staff's own", async () => {
      const container = getContainer()
      const translation = container.resolve(Modules.TRANSLATION)
      const rows = await translation.listTranslations({ reference: ["craft_origin", "cooperative", "shipping_option"] }, { take: null })
      expect(rows.length).toBeGreaterThan(PRODUCTS.length)
      const staffs = rows.find((row) => row.reference === "cooperative")!
      await translation.deleteTranslations(rows.filter((row) => row.id !== staffs.id).map((row) => row.id))
      await translation.updateTranslations([{ id: staffs.id, translations: { crafts: ["obra de la casa"] } }])

      await addSpanishOfOriginsAndDelivery({ container })
      const after = await translation.listTranslations({ reference: ["craft_origin", "cooperative", "shipping_option"] }, { take: null })
      expect(after.length).toBe(rows.length)
      expect(after.find((row) => row.id === staffs.id)!.translations).toEqual({ crafts: ["obra de la casa"] })
      await addSpanishOfOriginsAndDelivery({ container })
      expect((await translation.listTranslations({ reference: ["craft_origin", "cooperative", "shipping_option"] }, { take: null })).length).toBe(rows.length)
    })
  },
})
