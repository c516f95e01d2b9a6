/**
 * Which of Medusa 2.21's order totals hold "what the buyer paid for a line,
 * net of its discounts, without tax", the base of the coming revenue split.
 * Orders are placed over the store API as a buyer would, then read back as
 * staff see them (admin API) and as server code sees them (query.graph).
 *
 * Exact checks run on the `raw_*` decimal strings, scaled to integers by
 * toMinorUnits: Medusa keeps sub-cent amounts (a 19 % VAT on a spread
 * discount gives 14.13069767441860466 EUR), so even the order total can be
 * 135.975 EUR. Cents are taken once, at the end, by the rounding rule
 * proposed for the ledger (see expectOrder); no amount goes through a float.
 */
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import { toMinorUnits } from "@cis/contract/currency"
import seedDemoStore from "../../src/scripts/seed"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { REGIONS } from "../../src/scripts/seed/regions-data"
import { createPromotion, placeOrder } from "./helpers/orders"
import { staffHeaders } from "./helpers/staff"

jest.setTimeout(180_000)

type Raw = { value: string }
type TaxLine = { rate: number; total: number; raw_total: Raw }
type Adjustment = { code: string; amount: number; is_tax_inclusive: boolean; raw_subtotal: Raw; raw_total: Raw }
type Totals = { raw_subtotal: Raw; raw_total: Raw; raw_tax_total: Raw; raw_discount_subtotal: Raw; raw_discount_total: Raw; raw_discount_tax_total: Raw; raw_original_total: Raw; raw_original_subtotal: Raw; raw_original_tax_total: Raw }
type Line = Totals & { id: string; variant_sku: string; quantity: number; raw_unit_price: Raw; is_tax_inclusive: boolean; adjustments: Adjustment[]; tax_lines: TaxLine[] }
type Shipping = Totals & { raw_amount: Raw; is_tax_inclusive: boolean; tax_lines: TaxLine[] }
type Order = {
  id: string
  currency_code: string
  raw_total: Raw
  raw_subtotal: Raw
  raw_tax_total: Raw
  raw_discount_subtotal: Raw
  raw_shipping_subtotal: Raw
  items: Line[]
  shipping_methods: Shipping[]
  payment_collections: { amount: number; status: string }[]
}

const TOTALS = ["subtotal", "total", "tax_total", "discount_subtotal", "discount_total", "discount_tax_total", "original_total", "original_subtotal", "original_tax_total"]
// Totals are computed on read, and only for the total fields a request names.
// The order module decides by the ORDER-level names alone ("total", "subtotal", ... not
// "raw_total" nor "items.total"), so a plain "total" rides along with the raw_* fields.
const ADMIN_FIELDS = [
  "id", "currency_code", "total", ...["total", "subtotal", "tax_total", "discount_subtotal", "shipping_subtotal"].map((f) => `raw_${f}`),
  "*items", ...TOTALS.map((f) => `items.raw_${f}`), "items.raw_unit_price", "*items.adjustments", "*items.tax_lines",
  "*shipping_methods", ...TOTALS.map((f) => `shipping_methods.raw_${f}`), "*shipping_methods.tax_lines",
  "*payment_collections",
].join(",")

/** Seeded price of a SKU in minor units: what unit_price must be. */
const seededPrice = (sku: string, currency: "usd" | "cad" | "eur" | "gbp") =>
  BigInt(PRODUCTS.flatMap((p) => p.variants).find((v) => v.sku === sku)!.prices[currency])
const seededShipping = (region: string) => BigInt(REGIONS.find((r) => r.name === region)!.shipping.standard)

// ---- exact decimal arithmetic on Medusa's raw values ------------------------------------------
const SCALE = 20
const UNIT = 10n ** BigInt(SCALE)
/** A ten-billionth of a cent: raw values carry 20 significant digits, so exact identities hold to far below this. */
const TOLERANCE = 10n ** 10n
/** An amount as an integer count of 10^-20 minor units; raw values fit without rounding. */
function exact(amount: Raw | string, currency: string): bigint {
  const [mantissa, exponent = "0"] = (typeof amount === "string" ? amount : amount.value).split(/e/i)
  return toMinorUnits(`${mantissa}e${Number(exponent) + SCALE}`, currency)
}
/** Whole minor units, halves away from zero: the same rule as toMinorUnits. */
function cents(scaled: bigint): bigint {
  const magnitude = scaled < 0n ? -scaled : scaled
  const whole = magnitude / UNIT + ((magnitude % UNIT) * 2n >= UNIT ? 1n : 0n)
  return scaled < 0n ? -whole : whole
}
function expectClose(actual: bigint, expected: bigint) {
  const gap = actual > expected ? actual - expected : expected - actual
  if (gap > TOLERANCE) throw new Error(`expected ${actual} to equal ${expected} (x 10^-${SCALE} minor units), off by ${gap}`)
}
const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n)

/**
 * The truth about one line, asserted. Returns the line's base: paid for the
 * line, net of its discounts, without tax, exact.
 */
function expectLine(line: Line, currency: string, { rate, taxInclusive }: { rate: bigint; taxInclusive: boolean }) {
  const x = (field: keyof Totals) => exact(line[field], currency)
  expect(line.is_tax_inclusive).toBe(taxInclusive)
  expect(line.tax_lines.map((t) => BigInt(t.rate))).toEqual([rate])
  const gross = exact(line.raw_unit_price, currency) * BigInt(line.quantity) // unit_price x quantity, as priced

  // (i) price before discount, without tax: `subtotal` (= original_subtotal), in both tax modes.
  if (taxInclusive) expectClose(x("raw_subtotal") * (100n + rate), gross * 100n)
  else expect(x("raw_subtotal")).toBe(gross)
  expectClose(x("raw_original_subtotal"), x("raw_subtotal"))
  // original_total: before discount, WITH tax; for a tax-inclusive line that is the shelf price itself.
  expectClose(x("raw_original_total"), x("raw_subtotal") + x("raw_original_tax_total"))
  if (taxInclusive) expect(x("raw_original_total")).toBe(gross)

  // (ii) discount without tax: `discount_subtotal`, the sum of the adjustments' tax-free parts.
  // `discount_total` adds the tax the discount saved (discount_tax_total), even on a tax-exclusive line.
  expectClose(x("raw_discount_subtotal"), sum(line.adjustments.map((a) => exact(a.raw_subtotal, currency))))
  expectClose(x("raw_discount_tax_total") * 100n, x("raw_discount_subtotal") * rate)
  expectClose(x("raw_discount_total"), x("raw_discount_subtotal") + x("raw_discount_tax_total"))

  // (iii) tax: `tax_total`, charged on the discounted net amount, = the sum of the tax lines' `total`.
  const base = x("raw_subtotal") - x("raw_discount_subtotal")
  expectClose(x("raw_tax_total") * 100n, base * rate)
  expectClose(x("raw_tax_total"), sum(line.tax_lines.map((t) => exact(t.raw_total, currency))))
  expectClose(x("raw_original_tax_total") - x("raw_tax_total"), x("raw_discount_tax_total"))

  // (iv) paid for the line: `total` = base + tax = original_total - discount_total.
  expectClose(x("raw_total"), base + x("raw_tax_total"))
  expectClose(x("raw_total"), x("raw_original_total") - x("raw_discount_total"))
  return base
}

/**
 * The order-level truths: total = lines' bases + shipping net + all taxes,
 * exactly; then in cents by the ledger's rule (each base and the shipping net
 * rounded once, tax the remainder). Returns the cents for the caller to pin.
 */
function expectOrder(order: Order, rate: bigint, bases: bigint[]) {
  const currency = order.currency_code
  const x = (raw: Raw) => exact(raw, currency)
  const shipping = order.shipping_methods
  const shippingNet = sum(shipping.map((s) => x(s.raw_subtotal) - x(s.raw_discount_subtotal)))
  const taxes = x(order.raw_tax_total)
  expectClose(taxes, sum(order.items.map((i) => x(i.raw_tax_total))) + sum(shipping.map((s) => x(s.raw_tax_total))))
  for (const s of shipping) expectClose(x(s.raw_tax_total) * 100n, (x(s.raw_subtotal) - x(s.raw_discount_subtotal)) * rate)
  expectClose(sum(bases) + shippingNet + taxes, x(order.raw_total))
  // `subtotal` (order) is items' + shipping's subtotals, before discount and without tax.
  expectClose(x(order.raw_subtotal), sum(order.items.map((i) => x(i.raw_subtotal))) + sum(shipping.map((s) => x(s.raw_subtotal))))

  const total = toMinorUnits(order.raw_total.value, currency)
  const baseCents = bases.map(cents)
  const shippingCents = cents(shippingNet)
  const taxCents = total - sum(baseCents) - shippingCents
  // Tax as the remainder stays within half a cent per rounded component of Medusa's own tax_total.
  const drift = taxCents - cents(taxes)
  expect(drift * 2n <= BigInt(baseCents.length + 1) && -drift * 2n <= BigInt(baseCents.length + 1)).toBe(true)
  // The buyer is asked for exactly the order total, sub-cent digits and all.
  expect(order.payment_collections.map((p) => toMinorUnits(p.amount, currency))).toEqual([total])
  return { total, baseCents, shippingCents, taxCents, naiveTaxCents: cents(taxes) }
}

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let store: { headers: Record<string, string> }
    let staff: { headers: Record<string, string> }

    // Top-level beforeAll: the runner snapshots after it, so the promotions and the staff user are in every test.
    beforeAll(async () => {
      const container = getContainer()
      await seedDemoStore({ container, args: [] })
      await createPromotion(container, { code: "TEN", type: "percentage", value: 10, target: "order" })
      await createPromotion(container, { code: "FIVE-EUR", type: "fixed", value: 5, currency_code: "eur", target: "order" })
      await createPromotion(container, { code: "FIVE-EUR-GROSS", type: "fixed", value: 5, currency_code: "eur", target: "items", is_tax_inclusive: true })
      staff = await staffHeaders(container, api)
    })

    beforeEach(async () => {
      const { data } = await api.get("/public/storefront-config")
      store = { headers: { "x-publishable-api-key": data.publishable_key } }
    })

    /** The order as the admin API gives it, after checking query.graph computes the very same totals. */
    async function readBack(orderId: string): Promise<Order> {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=${ADMIN_FIELDS}`, staff)
      const order = data.order as Order
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: graphed } = await query.graph({
        entity: "order",
        fields: ["id", "total", "raw_total", "raw_tax_total", "items.id", ...TOTALS.map((f) => `items.raw_${f}`), "shipping_methods.id", "shipping_methods.raw_total"],
        filters: { id: orderId },
      })
      const graph = graphed[0] as unknown as Order
      expect(graph.raw_total.value).toBe(order.raw_total.value)
      expect(graph.raw_tax_total.value).toBe(order.raw_tax_total.value)
      for (const line of order.items) {
        const same = graph.items.find((i) => i.id === line.id)!
        for (const field of TOTALS) expect(same[`raw_${field}` as keyof Totals].value).toBe(line[`raw_${field}` as keyof Totals].value)
      }
      expect(graph.shipping_methods.map((s) => s.raw_total.value)).toEqual(order.shipping_methods.map((s) => s.raw_total.value))
      return order
    }

    // Lines come back in no fixed order: always walk them by SKU.
    const SKUS = ["SS-SCARF-MAI", "IL-NATIV-S"] as const
    const bySku = (order: Order, sku: string) => order.items.find((i) => i.variant_sku === sku)!

    it("tax-exclusive regions: a 10 % order promotion is spread over the lines in proportion to their subtotals, tax is added on top", async () => {
      // US first: its seeded sales tax is 0 %, so Canada (GST 5 %) shows the same mode with real tax.
      const cases = [
        { region: "United States", country: "us", currency: "usd", rate: 0n, expected: { total: 11940n, bases: [7560n, 2880n], shipping: 1500n, tax: 0n } },
        // 171.7275 CAD: tax-exclusive math leaves sub-cent totals too.
        { region: "Canada", country: "ca", currency: "cad", rate: 5n, expected: { total: 17173n, bases: [10395n, 3960n], shipping: 2000n, tax: 818n } },
      ] as const
      for (const c of cases) {
        const { order: placed } = await placeOrder(api, store, {
          regionName: c.region,
          countryCode: c.country,
          items: [{ sku: "SS-SCARF-MAI", quantity: 3 }, { sku: "IL-NATIV-S", quantity: 1 }],
          promoCode: "TEN",
        })
        const order = await readBack(placed.id)
        expect(order.currency_code).toBe(c.currency)
        const bases = SKUS.map((sku) => {
          const line = bySku(order, sku)
          const base = expectLine(line, c.currency, { rate: c.rate, taxInclusive: false })
          // Percentage: every line loses exactly 10 % of its own subtotal.
          expect(exact(line.raw_discount_subtotal, c.currency) * 10n).toBe(exact(line.raw_subtotal, c.currency))
          expect(line.adjustments.map((a) => [a.code, a.is_tax_inclusive])).toEqual([["TEN", false]])
          expect(exact(line.raw_subtotal, c.currency)).toBe(seededPrice(sku, c.currency) * BigInt(line.quantity) * UNIT)
          return base
        })
        const shipping = order.shipping_methods[0]
        expect(shipping.is_tax_inclusive).toBe(false)
        expect(exact(shipping.raw_subtotal, c.currency)).toBe(seededShipping(c.region) * UNIT)
        const money = expectOrder(order, c.rate, bases)
        expect(money).toMatchObject({ total: c.expected.total, baseCents: c.expected.bases, shippingCents: c.expected.shipping, taxCents: c.expected.tax })
      }
    })

    it("EU as seeded, EUR shelf prices include VAT: subtotal, discount_subtotal and tax_total are net, total is the shelf price less the discount", async () => {
      const { order: placed } = await placeOrder(api, store, {
        regionName: "European Union",
        countryCode: "de",
        items: [{ sku: "SS-SCARF-MAI", quantity: 3 }, { sku: "IL-NATIV-S", quantity: 1 }],
        promoCode: "FIVE-EUR-GROSS",
      })
      const order = await readBack(placed.id)
      const bases = SKUS.map((sku) => expectLine(bySku(order, sku), "eur", { rate: 19n, taxInclusive: true }))
      for (const line of order.items) {
        expect(line.adjustments.map((a) => [a.code, a.is_tax_inclusive])).toEqual([["FIVE-EUR-GROSS", true]])
        // A tax-inclusive adjustment's `amount` is gross; its `subtotal` is the net part.
        expectClose(exact(line.adjustments[0].raw_subtotal, "eur") * 119n, exact(String(line.adjustments[0].amount), "eur") * 100n)
      }
      // A tax-inclusive promotion takes exactly 5.00 off what the buyer pays: 107.50 + 14.00 - 5.00.
      expectClose(sum(order.items.map((l) => exact(l.raw_discount_total, "eur"))), 500n * UNIT)
      expectClose(exact(order.raw_total, "eur"), 11650n * UNIT)
      const money = expectOrder(order, 19n, bases)
      // Net of 19 % VAT: (78.00 - 3.63) / 1.19 and (29.50 - 1.37) / 1.19 for the lines, 14.00 / 1.19 for shipping.
      expect(money).toMatchObject({ total: 11650n, baseCents: [6250n, 2364n], shippingCents: 1176n, taxCents: 1860n })
    })

    it("UK without promotion, as seeded: GBP shelf prices and shipping include 20 % VAT, so the buyer pays exactly the shelf prices", async () => {
      const { order: placed } = await placeOrder(api, store, {
        regionName: "United Kingdom",
        countryCode: "gb",
        items: [{ sku: "SS-SCARF-MAI", quantity: 1 }, { sku: "IL-NATIV-S", quantity: 1 }],
      })
      const order = await readBack(placed.id)
      const bases = SKUS.map((sku) => {
        const line = bySku(order, sku)
        const base = expectLine(line, "gbp", { rate: 20n, taxInclusive: true })
        expect(line.adjustments).toEqual([])
        expect(exact(line.raw_discount_total, "gbp")).toBe(0n)
        // No discount: the base is the shelf price net of VAT.
        expectClose(base * 120n, seededPrice(sku, "gbp") * 100n * UNIT)
        return base
      })
      expect(order.shipping_methods[0].is_tax_inclusive).toBe(true)
      const money = expectOrder(order, 20n, bases)
      const shelf = sum(SKUS.map((sku) => seededPrice(sku, "gbp"))) + seededShipping("United Kingdom")
      expect(money.total).toBe(shelf)
      // The trap behind ADMIN_FIELDS: asking query.graph for line totals without an order-level total field gets none.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: bare } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.total", "items.raw_subtotal"], filters: { id: order.id } })
      expect((bare[0].items as unknown as Partial<Line>[]).map((i) => [typeof i.id, i.raw_subtotal])).toEqual([["string", undefined], ["string", undefined]])
    })
  },
})
