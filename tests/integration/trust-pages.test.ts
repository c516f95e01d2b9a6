import { DEFAULT_TRUST_PAGES, TRUST_PAGE_SLUGS } from "../../src/lib/trust-pages"
import seedTrustPages from "../../src/migration-scripts/seed-trust-pages"
import { TRUST_PAGE_MODULE } from "../../src/modules/trust-page"
import type TrustPageModuleService from "../../src/modules/trust-page/service"
import { settle } from "./helpers/http"
import { integrationRunner } from "./helpers/runner"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(180_000)

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    beforeEach(async () => {
      // Run here as `medusa db:migrate` runs it, whether or not the template database already had it.
      await seedTrustPages({ container: getContainer() })
    })

    it("serves every page in both languages from the defaults `db:migrate` wrote, to a buyer with the publishable key", async () => {
      const { data: en } = await api.get("/store/trust-pages", store)
      expect(en.locale).toBe("en")
      expect(en.trust_pages.map((page: { slug: string }) => page.slug)).toEqual([...TRUST_PAGE_SLUGS])
      expect(en.trust_pages[1]).toEqual({ slug: "shipping", ...pick(DEFAULT_TRUST_PAGES.shipping.en, ["title", "summary"]) })

      // The storefront sends Medusa's locale ("es-SV"); any Spanish tag reads the Spanish page.
      const { data: es } = await api.get("/store/trust-pages/returns?locale=es-SV", store)
      expect(es.trust_page).toEqual({ slug: "returns", locale: "es", ...DEFAULT_TRUST_PAGES.returns.es, updated_at: expect.any(String) })
      expect(es.trust_page).not.toHaveProperty("updated_by")

      expect((await settle(api.get("/store/trust-pages/refunds", store))).status).toBe(404)
      // Medusa's own x-medusa-locale header works as well; any other language reads English.
      expect((await api.get("/store/trust-pages/about", { headers: { ...store.headers, "x-medusa-locale": "es-US" } })).data.trust_page.title).toBe("Sobre el CIS")
      expect((await api.get("/store/trust-pages/about?locale=fr-FR", store)).data.trust_page.title).toBe("About CIS")
      const bad = await settle(api.get("/store/trust-pages/about?locale=es&x=1", store))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/x/)
      expect((await settle(api.get("/store/trust-pages/about"))).status).toBe(400) // no publishable key
    })

    it("lets staff rewrite a page in one language without a deploy; the store serves it at once and the other language stays", async () => {
      const text = { title: "Envíos y entregas", summary: "Sale en 2 días hábiles.", body: "Párrafo uno.\n\n- Estados Unidos: 7-10 días" }
      const { data } = await api.post("/admin/trust-pages/shipping", { es: text }, staff)
      expect(data.trust_page.es).toMatchObject({ ...text, updated_by: expect.stringMatching(/^user_/) })
      expect(data.trust_page.en).toMatchObject(DEFAULT_TRUST_PAGES.shipping.en)

      expect((await api.get("/store/trust-pages/shipping?locale=es", store)).data.trust_page).toMatchObject(text)
      expect((await api.get("/store/trust-pages/shipping?locale=en", store)).data.trust_page).toMatchObject(DEFAULT_TRUST_PAGES.shipping.en)

      const { data: listed } = await api.get("/admin/trust-pages", staff)
      expect(listed.trust_pages).toHaveLength(TRUST_PAGE_SLUGS.length)
      expect(listed.trust_pages.find((page: { slug: string }) => page.slug === "shipping").es.title).toBe("Envíos y entregas")

      // Migrating again (a later `npm start`) keeps what staff wrote.
      await seedTrustPages({ container: getContainer() })
      expect((await api.get("/admin/trust-pages/shipping", staff)).data.trust_page.es.title).toBe("Envíos y entregas")
    })

    it("refuses bad text naming the fields, an unknown page with 404, and anyone but staff", async () => {
      const empty = await settle(api.post("/admin/trust-pages/about", { en: { title: "", summary: "s", body: "b" }, fr: {} }, staff))
      expect(empty.status).toBe(400)
      expect(empty.data.message).toMatch(/title/)
      expect(empty.data.message).toMatch(/fr/)
      const long = await settle(api.post("/admin/trust-pages/about", { es: { title: "t", summary: "s".repeat(301), body: "b" } }, staff))
      expect(long.status).toBe(400)
      expect(long.data.message).toMatch(/summary/)
      const nothing = await settle(api.post("/admin/trust-pages/about", {}, staff))
      expect(nothing.status).toBe(400)
      expect(nothing.data.message).toMatch(/en or es/)

      expect((await settle(api.post("/admin/trust-pages/refunds", { en: { title: "t", summary: "s", body: "b" } }, staff))).status).toBe(404)
      expect((await settle(api.get("/admin/trust-pages/refunds", staff))).status).toBe(404)
      expect((await settle(api.post("/admin/trust-pages/about", { en: { title: "t", summary: "s", body: "b" } }))).status).toBe(401)

      const pages: TrustPageModuleService = getContainer().resolve(TRUST_PAGE_MODULE)
      expect((await pages.listTrustPages({ slug: "about", locale: "en" }))[0].title).toBe(DEFAULT_TRUST_PAGES.about.en.title)
    })

    it("gives a store whose pages were deleted its defaults back at the next migration, and only the missing ones", async () => {
      const pages: TrustPageModuleService = getContainer().resolve(TRUST_PAGE_MODULE)
      const [contactEs] = await pages.listTrustPages({ slug: "contact", locale: "es" })
      await pages.deleteTrustPages(contactEs.id)
      await api.post("/admin/trust-pages/privacy", { en: { title: "Your data", summary: "s", body: "b" } }, staff)
      await seedTrustPages({ container: getContainer() })
      expect(await pages.listTrustPages({})).toHaveLength(TRUST_PAGE_SLUGS.length * 2)
      expect((await api.get("/store/trust-pages/contact?locale=es", store)).data.trust_page.title).toBe("Contacto")
      expect((await api.get("/store/trust-pages/privacy", store)).data.trust_page.title).toBe("Your data")
    })
  },
})

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Pick<T, K>
}
