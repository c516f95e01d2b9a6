import fc from "fast-check"
import type { RefundPolicy } from "../../src/lib/cooperative-vocabulary"
import { reversalsOwed, type OrderAftermath, type RecordedRow } from "../../src/lib/reversal-entries"
import { saleEntries } from "../../src/lib/sale-entries"

type Row = RecordedRow & { source_line_id: string | null }

/** Two items of 10.01 and 20.00 (net), 2 and 1 of them, and 15.00 shipping; 65 % and 5 % shares. */
function recordedSale(lines = [
  { id: "item_1", base: 1001n, quantity: 2 },
  { id: "item_2", base: 2000n, quantity: 1 },
]): Row[] {
  return saleEntries({
    order_id: "order_1",
    currency_code: "usd",
    community_fund_bps: 500,
    created_by: "test",
    lines: lines.map((l) => ({ id: l.id, product_id: "prod", base: l.base, cooperative: { id: "coop_a", share_bps: 6500 } })),
    shipping: [{ id: "ship_1", base: 1500n }],
  }) as unknown as Row[]
}

const nothing: OrderAftermath = { canceled: false, lines: [], paid: 0n, refunded: 0n }

function reverse(rows: Row[], aftermath: Partial<OrderAftermath>, policy: RefundPolicy) {
  return reversalsOwed({
    order_id: "order_1",
    rows,
    aftermath: { ...nothing, ...aftermath },
    policyOf: () => policy,
    created_by: "test",
    reason: "test",
  }) as unknown as Row[]
}

const net = (rows: Row[], line: string, account?: string) =>
  rows.filter((r) => r.source_line_id === line && (!account || r.account === account)).reduce((sum, r) => sum + r.amount, 0)

describe("reversals of a cancelled order", () => {
  it("under chargeback give every account's part back, exactly", () => {
    const rows = recordedSale()
    const all = [...rows, ...reverse(rows, { canceled: true }, "chargeback")]
    for (const account of ["cooperative", "community_fund", "cis_operations"]) expect(net(all, "item_1", account)).toBe(0)
    expect(net(all, "ship_1")).toBe(0)
  })

  it("under organization_absorbs leave the cooperative and the fund their parts; CIS takes back the whole line", () => {
    const rows = recordedSale()
    const drafts = reverse(rows, { canceled: true }, "organization_absorbs")
    const all = [...rows, ...drafts]
    expect(net(all, "item_1", "cooperative")).toBe(651)
    expect(net(all, "item_1", "community_fund")).toBe(50)
    expect(net(all, "item_1")).toBe(0)
    expect(drafts.filter((d) => d.source_line_id === "item_1")).toEqual([
      expect.objectContaining({ account: "cis_operations", amount: -1001, share_bps: 10_000 }),
    ])
  })

  it("never reverse twice: the same cancellation again adds nothing, whatever the policy", () => {
    for (const policy of ["chargeback", "organization_absorbs"] as const) {
      const rows = recordedSale()
      const first = reverse(rows, { canceled: true }, policy)
      expect(first.length).toBeGreaterThan(0)
      expect(reverse([...rows, ...first], { canceled: true }, policy)).toEqual([])
    }
  })

  it("reverse nothing for an order whose sale was never recorded (the repair job records it first)", () => {
    expect(reverse([], { canceled: true, paid: 5000n, refunded: 5000n }, "chargeback")).toEqual([])
  })
})

describe("reversals of returned items", () => {
  it("take back the returned share of the line only, rounded half up, and leave shipping alone", () => {
    const rows = recordedSale()
    const drafts = reverse(rows, { lines: [{ line_id: "item_1", quantity: 2, returned_quantity: 1 }] }, "chargeback")
    // Half of 10.01 is 5.005, rounded half up to 5.01, split as the sale was: 3.26 / 0.25 / 1.50.
    expect(net(drafts, "item_1")).toBe(-501)
    expect(net(drafts, "item_1", "cooperative")).toBe(-326)
    expect(net(drafts, "item_2")).toBe(0)
    expect(net(drafts, "ship_1")).toBe(0)
  })

  it("a second return of the rest clears the line exactly", () => {
    const rows = recordedSale()
    const first = reverse(rows, { lines: [{ line_id: "item_1", quantity: 2, returned_quantity: 1 }] }, "chargeback")
    const second = reverse([...rows, ...first], { lines: [{ line_id: "item_1", quantity: 2, returned_quantity: 2 }] }, "chargeback")
    const all = [...rows, ...first, ...second]
    for (const account of ["cooperative", "community_fund", "cis_operations"]) expect(net(all, "item_1", account)).toBe(0)
  })

  it("the refund that pays for a return is the same loss, not a second one", () => {
    const rows = recordedSale()
    // Paid 50.01 gross for 45.01 net (tax 5.00); the returned item's 20.00 net was refunded as 22.22 gross.
    const returned = { lines: [{ line_id: "item_2", quantity: 1, returned_quantity: 1 }], paid: 5001n }
    const afterReturn = reverse(rows, returned, "chargeback")
    expect(net(afterReturn, "item_2")).toBe(-2000)
    expect(reverse([...rows, ...afterReturn], { ...returned, refunded: 2222n }, "chargeback")).toEqual([])
  })
})

describe("reversals of refunds without a return", () => {
  it("spread the refund, net of tax in the order's own ratio, over every line by what it has left", () => {
    const rows = recordedSale()
    // 45.01 net of 50.01 paid; 10.00 refunded is 9.00 net (900.02 rounded), spread 1001 : 2000 : 1500.
    const drafts = reverse(rows, { paid: 5001n, refunded: 1000n }, "chargeback")
    expect(drafts.reduce((sum, d) => sum + d.amount, 0)).toBe(-900)
    expect([net(drafts, "item_1"), net(drafts, "item_2"), net(drafts, "ship_1")]).toEqual([-200, -400, -300])
  })

  it("under organization_absorbs put the whole refund on CIS operations", () => {
    const rows = recordedSale()
    const drafts = reverse(rows, { paid: 5001n, refunded: 1000n }, "organization_absorbs")
    expect(drafts.every((d) => d.account === "cis_operations")).toBe(true)
  })

  it("never reverse more than was recorded, even when more was refunded than paid", () => {
    const rows = recordedSale()
    const all = [...rows, ...reverse(rows, { paid: 5001n, refunded: 9999n }, "chargeback")]
    expect(all.reduce((sum, r) => sum + r.amount, 0)).toBe(0)
    for (const line of ["item_1", "item_2", "ship_1"]) expect(net(all, line)).toBe(0)
  })
})

// Any sequence of partial returns and refunds, then perhaps a cancellation, replayed one step at a time.
const scenario = fc.record({
  bases: fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 4 }),
  quantities: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }),
  taxBps: fc.integer({ min: 0, max: 3000 }),
  steps: fc.array(
    fc.record({ line: fc.nat(3), returned: fc.nat(5), refundedBps: fc.integer({ min: 0, max: 11_000 }) }),
    { maxLength: 6 }
  ),
  cancel: fc.boolean(),
  policy: fc.constantFrom<RefundPolicy>("chargeback", "organization_absorbs"),
})

describe("reversal properties", () => {
  it("no line or account ever gives back more than its sale, nothing repeats, and a cancellation clears the order", () => {
    fc.assert(
      fc.property(scenario, ({ bases, quantities, taxBps, steps, cancel, policy }) => {
        const lines = bases.map((base, i) => ({ id: `item_${i}`, base, quantity: quantities[i] }))
        let rows = recordedSale(lines)
        const netTotal = rows.filter((r) => r.type === "sale").reduce((sum, r) => sum + BigInt(r.amount), 0n)
        const paid = (netTotal * BigInt(10_000 + taxBps)) / 10_000n
        const returned = new Map<string, number>()
        let refunded = 0n
        const apply = (aftermath: OrderAftermath) => {
          const drafts = reverse(rows, aftermath, policy)
          expect(drafts.every((d) => d.amount < 0 && Number.isSafeInteger(d.amount))).toBe(true)
          rows = [...rows, ...drafts]
          expect(reverse(rows, aftermath, policy)).toEqual([])
        }
        for (const step of steps) {
          const line = lines[step.line % lines.length]
          returned.set(line.id, Math.min(line.quantity, Math.max(returned.get(line.id) ?? 0, step.returned)))
          const refund = (paid * BigInt(step.refundedBps)) / 10_000n
          refunded = refund > refunded ? refund : refunded
          apply({
            canceled: false,
            lines: lines.map((l) => ({ line_id: l.id, quantity: l.quantity, returned_quantity: returned.get(l.id) ?? 0 })),
            paid,
            refunded,
          })
          for (const l of [...lines.map((x) => x.id), "ship_1"]) {
            const sale = rows.filter((r) => r.type === "sale" && r.source_line_id === l)
            expect(net(rows, l)).toBeGreaterThanOrEqual(0)
            if (policy === "chargeback") {
              for (const s of sale) expect(net(rows, l, s.account) * Math.sign(s.amount || 1)).toBeGreaterThanOrEqual(0)
            }
          }
        }
        if (cancel) {
          apply({ canceled: true, lines: [], paid, refunded })
          for (const l of [...lines.map((x) => x.id), "ship_1"]) expect(net(rows, l)).toBe(0)
        }
      }),
      { numRuns: 500 }
    )
  })
})
