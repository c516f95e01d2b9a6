import fs from "node:fs"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seedDemoStore from "../../src/scripts/seed"
import { createPromotion, placeOrder } from "./helpers/orders"
import { staffHeaders } from "./helpers/staff"

jest.setTimeout(180_000)

const ITEM_FIELDS = [
  "unit_price", "quantity", "is_tax_inclusive", "subtotal", "total", "tax_total", "discount_total", "discount_subtotal",
  "discount_tax_total", "original_total", "original_subtotal", "original_tax_total", "refundable_total",
  "raw_unit_price", "raw_subtotal", "raw_total", "raw_tax_total", "raw_discount_total", "raw_discount_subtotal",
  "*adjustments", "*tax_lines", "variant_sku",
]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    beforeAll(async () => {
      await seedDemoStore({ container: getContainer(), args: [] })
    })
    beforeEach(async () => {
      const { data } = await api.get("/public/storefront-config")
      store = { headers: { "x-publishable-api-key": data.publishable_key } }
    })
    it("dumps", async () => {
      const container = getContainer()
      await createPromotion(container, { code: "TEN", type: "percentage", value: 10, target: "order" })
      await createPromotion(container, { code: "FIVE-EUR", type: "fixed", value: 5, currency_code: "eur", target: "order" })
      const staff = await staffHeaders(container, api)
      const dump: Record<string, unknown> = {}
      const orders = {
        us: await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity: 3 }, { sku: "IL-NATIV-S", quantity: 1 }], promoCode: "TEN" }),
        de: await placeOrder(api, store, { regionName: "European Union", countryCode: "de", items: [{ sku: "SS-SCARF-MAI", quantity: 3 }, { sku: "IL-NATIV-S", quantity: 1 }], promoCode: "FIVE-EUR" }),
        gb: await placeOrder(api, store, { regionName: "United Kingdom", countryCode: "gb", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }, { sku: "IL-NATIV-S", quantity: 1 }] }),
      }
      const fields = [
        "*items", ...ITEM_FIELDS.map((f) => (f.startsWith("*") ? `*items.${f.slice(1)}` : `items.${f}`)),
        "*shipping_methods", "shipping_methods.subtotal", "shipping_methods.total", "shipping_methods.tax_total", "shipping_methods.is_tax_inclusive", "*shipping_methods.tax_lines",
        "total", "subtotal", "tax_total", "discount_total", "discount_subtotal", "shipping_total", "shipping_subtotal", "shipping_tax_total",
        "item_total", "item_subtotal", "item_tax_total", "original_total", "raw_total", "*summary", "*payment_collections", "*payment_collections.payments",
      ].join(",")
      for (const [key, { order }] of Object.entries(orders)) {
        const { data } = await api.get(`/admin/orders/${order.id}?fields=${fields}`, staff)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: graph } = await query.graph({
          entity: "order",
          fields: ["id", "total", "subtotal", "tax_total", "items.*", "items.subtotal", "items.total", "items.tax_total", "items.discount_subtotal", "items.adjustments.*", "items.tax_lines.*", "shipping_methods.*", "shipping_methods.total", "shipping_methods.tax_total", "shipping_methods.subtotal"],
          filters: { id: order.id },
        })
        dump[key] = { store: order, admin: data.order, graph: graph[0] }
      }
      fs.writeFileSync("/tmp/orders-dump.json", JSON.stringify(dump, null, 2))
      expect(Object.keys(dump)).toHaveLength(3)
    })
  },
})
