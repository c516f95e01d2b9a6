import fc from "fast-check"
import { saleEntries, type SaleInput } from "../../src/lib/sale-entries"

const order = (overrides: Partial<SaleInput> = {}): SaleInput => ({
  order_id: "order_1",
  currency_code: "usd",
  community_fund_bps: 500,
  created_by: "system",
  lines: [
    { id: "item_1", product_id: "prod_1", base: 1001n, cooperative: { id: "coop_a", share_bps: 6500 } },
    { id: "item_2", product_id: "prod_2", base: 2450n, cooperative: null },
  ],
  shipping: [{ id: "ship_1", base: 1500n }],
  ...overrides,
})

describe("the sale entries of a placed order", () => {
  it("split each item line three ways and give shipping to CIS operations", () => {
    const rows = saleEntries(order())
    const of = (line: string) => Object.fromEntries(rows.filter((r) => r.source_line_id === line).map((r) => [r.account, r.amount]))
    expect(of("item_1")).toEqual({ cooperative: 651, community_fund: 50, cis_operations: 300 })
    // No cooperative: the fund keeps its share, CIS the rest, nobody's cooperative part.
    expect(of("item_2")).toEqual({ cooperative: 0, community_fund: 123, cis_operations: 2327 })
    expect(of("ship_1")).toEqual({ cis_operations: 1500 })
    expect(rows.find((r) => r.source_line_id === "item_1" && r.account === "cis_operations")).toMatchObject({
      share_bps: 3000,
      base_amount: 1001,
      cooperative_id: "coop_a",
      type: "sale",
      source: "order_item",
    })
  })

  it("always add up to the order's net revenue, line by line", () => {
    const line = fc.record({
      base: fc.bigInt({ min: 0n, max: 10_000_000n }),
      share: fc.option(fc.integer({ min: 0, max: 9000 }), { nil: null }),
    })
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 1000 }), (lines, fund) => {
        const input = order({
          community_fund_bps: fund,
          lines: lines.map((l, i) => ({
            id: `item_${i}`,
            product_id: null,
            base: l.base,
            cooperative: l.share === null ? null : { id: "coop", share_bps: l.share },
          })),
          shipping: [],
        })
        const rows = saleEntries(input)
        expect(rows).toHaveLength(lines.length * 3)
        lines.forEach((l, i) => {
          const sum = rows.filter((r) => r.source_line_id === `item_${i}`).reduce((total, r) => total + r.amount, 0)
          expect(BigInt(sum)).toBe(l.base)
        })
      }),
      { numRuns: 500 }
    )
  })

  it("refuse amounts beyond exact integer range rather than round them", () => {
    expect(() => saleEntries(order({ shipping: [{ id: "s", base: 2n ** 60n }] }))).toThrow(RangeError)
  })
})
