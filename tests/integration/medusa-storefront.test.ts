import type { HttpTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { BUYER_PAYMENT_FIELDS } from "../../src/lib/buyer-payments"
import { MEDUSA_DEFAULT_API_KEY_TITLE, STOREFRONT_API_KEY_TITLE, STOREFRONT_SALES_CHANNEL_NAME } from "../../src/lib/storefront-channel"
import linkDefaultPublishableKey from "../../src/migration-scripts/link-default-publishable-key"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { settle } from "./helpers/http"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(180_000)

// The shop's own origin and a second storefront's (Medusa's DTC starter runs on port 3000).
const SHOP = "http://localhost:8000"
const STARTER = "http://localhost:3000"
// The requests Medusa's DTC starter (js-sdk 2.18) sends, copied from its source.
const STARTER_ORDER_FIELDS = "*payment_collections.payments,*items,*items.metadata,*items.variant,*items.product"
const STARTER_LIST_FIELDS = "*variants.calculated_price,+variants.inventory_quantity,*variants.images,*variants.options,+metadata,+tags,"
const PLANTED_SECRET = "pi_test_secret_planted"

/** Every key path of a JSON value, with array indexes dropped: "order.payment_collections.payments.amount". */
function keyPaths(value: unknown, prefix = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => keyPaths(item, prefix))
  if (!value || typeof value !== "object") return []
  return Object.entries(value).flatMap(([key, item]) => [`${prefix}${key}`, ...keyPaths(item, `${prefix}${key}.`)])
}

// The runner reads medusa-config before it applies its `env` option, so the origins are set here,
// and put back after this file (the next file runs in the same process).
const storeCorsBefore = process.env.STORE_CORS
process.env.STORE_CORS = `${SHOP},${STARTER}`
afterAll(() => {
  if (storeCorsBefore === undefined) delete process.env.STORE_CORS
  else process.env.STORE_CORS = storeCorsBefore
})

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)

    it("answers the starter's order confirmation request with the order, its items and its payments as a buyer may see them", async () => {
      const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity: 2 }] })
      const { data: admin } = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`, staff)
      await api.post(`/admin/payments/${admin.order.payment_collections[0].payments[0].id}/capture`, {}, staff)
      // As with a card: the processor's data holds a client secret, on the payment and on its session.
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await pg.raw(`UPDATE payment_session SET data = '{"client_secret":"${PLANTED_SECRET}"}'::jsonb`)
      await pg.raw(`UPDATE payment SET data = '{"client_secret":"${PLANTED_SECRET}"}'::jsonb, metadata = '{"staff":"only"}'::jsonb`)

      const answer = await settle(api.get(`/store/orders/${order.id}?fields=${STARTER_ORDER_FIELDS}`, store))
      expect(answer.status).toBe(200)
      const placed = (answer.data as unknown as HttpTypes.StoreOrderResponse).order
      expect(placed).toMatchObject({ id: order.id, display_id: order.display_id, currency_code: "usd", email: "buyer@cis.test", total: order.total })
      // The items as the starter renders them: the variant and the product, metadata included.
      const [item] = placed.items!
      expect(item).toMatchObject({ quantity: 2, variant_id: expect.any(String), product_id: expect.any(String), unit_price: expect.any(Number) })
      expect(item!.variant).toMatchObject({ id: item!.variant_id, sku: "SS-SCARF-MAI" })
      expect(item!.product).toMatchObject({ id: item!.product_id, title: expect.any(String) })
      expect(item).toHaveProperty("metadata")
      // The payment: who took it, how much, in what, when; nothing else.
      const [collection] = placed.payment_collections!
      const [payment] = collection!.payments!
      expect(Object.keys(payment!).sort()).toEqual([...BUYER_PAYMENT_FIELDS].sort())
      expect(payment).toMatchObject({ provider_id: "pp_system_default", amount: order.total, currency_code: "usd", captured_at: expect.any(String), created_at: expect.any(String) })
      expect(JSON.stringify(answer.data)).not.toContain(PLANTED_SECRET)
      expect(JSON.stringify(answer.data)).not.toContain("staff")

      // Other spellings get no more: no session, no data, at any depth.
      for (const fields of [
        "*payment_collections.payments.*",
        "payment_collections.payments.data,payment_collections.payments.metadata",
        "*payment_collections.payment_sessions",
        "*payment_collections,*payment_collections.payments,*payment_collections.payment_sessions,cart.payment_collection.payment_sessions.data",
      ]) {
        const other = await settle(api.get(`/store/orders/${order.id}?fields=${encodeURIComponent(fields)}`, store))
        expect([fields, other.status]).toEqual([fields, 200])
        const paths = keyPaths(other.data)
        expect([fields, paths.filter((path) => /payment_session|payments\.(data|metadata|captures|raw_amount)/.test(path))]).toEqual([fields, []])
        expect(JSON.stringify(other.data)).not.toContain(PLANTED_SECRET)
      }
    })

    it("serves the starter's listing and product options, and lets its origin call them from a browser", async () => {
      const { data: regions } = await api.get("/store/regions", store)
      const region = (regions.regions as HttpTypes.StoreRegion[]).find((r) => r.name === "United States")!
      const listing = await settle(api.get(`/store/products?limit=100&offset=0&region_id=${region.id}&fields=${encodeURIComponent(STARTER_LIST_FIELDS)}`, store))
      expect(listing.status).toBe(200)
      const { products, count } = listing.data as unknown as HttpTypes.StoreProductListResponse
      expect(count).toBe(PRODUCTS.length)
      for (const product of products) {
        expect(product).toHaveProperty("metadata")
        expect(Array.isArray(product.tags)).toBe(true)
        for (const variant of product.variants!) {
          expect(variant.calculated_price).toMatchObject({ currency_code: "usd", calculated_amount: expect.any(Number) })
          expect(typeof variant.inventory_quantity).toBe("number")
          expect(Array.isArray(variant.images)).toBe(true)
          expect(Array.isArray(variant.options)).toBe(true)
        }
      }

      // The filter sidebar's request, and the one without the filter.
      const shared = await settle(api.get("/store/product-options?is_exclusive=false&fields=*values", store))
      expect(shared.status).toBe(200)
      expect(Array.isArray((shared.data as unknown as HttpTypes.StoreProductOptionListResponse).product_options)).toBe(true)
      const { data: all } = await api.get("/store/product-options?fields=*values", store)
      const options = (all as HttpTypes.StoreProductOptionListResponse).product_options
      expect(options.length).toBeGreaterThan(0)
      expect(options[0]).toMatchObject({ id: expect.any(String), title: expect.any(String), values: expect.any(Array) })

      // The browser's preflight from the starter's origin (listed in STORE_CORS), then the call itself.
      const preflight = (origin: string) =>
        settle(
          api.request({
            method: "OPTIONS",
            url: "/store/product-options?is_exclusive=false&fields=*values",
            headers: { origin, "access-control-request-method": "GET", "access-control-request-headers": "x-publishable-api-key,content-type" },
          })
        ) as unknown as Promise<{ status: number; headers: Record<string, string> }>
      const allowed = await preflight(STARTER)
      expect(allowed.status).toBeLessThan(300)
      expect(allowed.headers["access-control-allow-origin"]).toBe(STARTER)
      expect(allowed.headers["access-control-allow-headers"]).toMatch(/x-publishable-api-key/i)
      const call = await api.get("/store/product-options?is_exclusive=false&fields=*values", { headers: { ...store.headers, origin: STARTER } })
      expect(call.headers["access-control-allow-origin"]).toBe(STARTER)
      // An origin STORE_CORS does not list is not allowed.
      expect((await preflight("https://evil.example")).headers["access-control-allow-origin"]).toBeUndefined()
    })

    it("has one publishable key, on the store's sales channel, and tells a second storefront which key and origins", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: keys } = await query.graph({
        entity: "api_key",
        fields: ["id", "title", "token", "revoked_at", "sales_channels.name"],
        filters: { type: "publishable" },
      })
      // Medusa's "Default Publishable API Key" (made at first start, tied to an empty channel) became the store's.
      expect(keys).toHaveLength(1)
      const [key] = keys as { title: string; token: string; revoked_at: unknown; sales_channels: { name: string }[] }[]
      expect(key).toMatchObject({ title: STOREFRONT_API_KEY_TITLE, revoked_at: null })
      expect(key!.sales_channels.map((channel) => channel.name)).toEqual([STOREFRONT_SALES_CHANNEL_NAME])

      const { data: config } = await api.get("/public/storefront-config")
      expect(config).toEqual({ publishable_key: key!.token, stripe_publishable_key: null, store_cors: [SHOP, STARTER] })
      const { data } = await api.get("/store/products?limit=1", { headers: { "x-publishable-api-key": config.publishable_key } })
      expect(data.count).toBe(PRODUCTS.length)
    })

    it("upgrades a store seeded before: Medusa's default key, tied to no channel of the store, gets the store's channel once", async () => {
      // As the older seed left it: Medusa's key beside the store's, on no channel of the store.
      const { result } = await createApiKeysWorkflow(getContainer()).run({
        input: { api_keys: [{ title: MEDUSA_DEFAULT_API_KEY_TITLE, type: "publishable", created_by: "" }] },
      })
      const withDefaultKey = { headers: { "x-publishable-api-key": result[0]!.token } }
      const before = await settle(api.get("/store/products?limit=1", withDefaultKey))
      expect(before.data.count ?? 0).toBe(0)
      await linkDefaultPublishableKey({ container: getContainer() })
      await linkDefaultPublishableKey({ container: getContainer() })
      expect((await api.get("/store/products?limit=1", withDefaultKey)).data.count).toBe(PRODUCTS.length)
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "api_key", fields: ["sales_channels.name"], filters: { id: result[0]!.id } })
      expect((data[0] as { sales_channels: { name: string }[] }).sales_channels.map((channel) => channel.name)).toEqual([STOREFRONT_SALES_CHANNEL_NAME])
    })
  },
})
