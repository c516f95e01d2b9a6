import fc from "fast-check"
import { cardReport, type CardMovement } from "../../src/lib/card-report"

const move = (kind: CardMovement["kind"], amount: number, order = "o1", currency = "usd", display_id: number | null = 1): CardMovement => ({
  order_id: order,
  display_id,
  currency_code: currency,
  kind,
  amount,
})

describe("the monthly card report", () => {
  it("nets captures, refunds and fees per order, then per currency", () => {
    const report = cardReport([
      move("capture", 10_000),
      move("fee", 320),
      move("refund", 2_500),
      move("capture", 5_000, "o2", "usd", 2),
      move("fee", 175, "o2", "usd", 2),
    ])
    expect(report.orders).toEqual([
      { order_id: "o1", display_id: 1, currency_code: "usd", gross: 10_000, refunds: 2_500, fees: 320, net: 7_180 },
      { order_id: "o2", display_id: 2, currency_code: "usd", gross: 5_000, refunds: 0, fees: 175, net: 4_825 },
    ])
    expect(report.totals).toEqual([{ currency_code: "usd", gross: 15_000, refunds: 2_500, fees: 495, net: 12_005, orders: 2 }])
  })

  it("reports a fee settled in another currency on that currency's row, as Stripe's payouts do", () => {
    const report = cardReport([move("capture", 4_000, "o1", "eur"), move("fee", 150, "o1", "usd")])
    expect(report.totals).toEqual([
      { currency_code: "eur", gross: 4_000, refunds: 0, fees: 0, net: 4_000, orders: 1 },
      { currency_code: "usd", gross: 0, refunds: 0, fees: 150, net: -150, orders: 1 },
    ])
  })

  it("shows a refund of an earlier month's payment as a negative net in the month it was made", () => {
    expect(cardReport([move("refund", 1_000)]).totals[0]).toMatchObject({ gross: 0, refunds: 1_000, net: -1_000 })
  })

  it("is empty for a month without card payments", () => {
    expect(cardReport([])).toEqual({ totals: [], orders: [] })
  })

  it("refuses a negative or fractional amount instead of reporting it", () => {
    expect(() => cardReport([move("capture", -1)])).toThrow(RangeError)
    expect(() => cardReport([move("fee", 0.5)])).toThrow(/whole number/)
  })

  it("always adds up: per currency, the totals are the sums of the order rows, and net = gross − refunds − fees", () => {
    const movement = fc.record({
      order_id: fc.constantFrom("o1", "o2", "o3"),
      display_id: fc.constant(null),
      currency_code: fc.constantFrom("usd", "eur", "gbp"),
      kind: fc.constantFrom<CardMovement["kind"][]>("capture", "refund", "fee"),
      amount: fc.integer({ min: 0, max: 1_000_000 }),
    })
    fc.assert(
      fc.property(fc.array(movement, { maxLength: 60 }), (movements) => {
        const report = cardReport(movements)
        for (const total of report.totals) {
          const rows = report.orders.filter((r) => r.currency_code === total.currency_code)
          const sum = (pick: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + pick(r), 0)
          if (total.gross !== sum((r) => r.gross) || total.net !== sum((r) => r.net) || total.orders !== rows.length) return false
          if (total.net !== total.gross - total.refunds - total.fees) return false
        }
        const all = (kind: CardMovement["kind"]) => movements.filter((m) => m.kind === kind).reduce((s, m) => s + m.amount, 0)
        const totals = (pick: (t: (typeof report.totals)[number]) => number) => report.totals.reduce((s, t) => s + pick(t), 0)
        return totals((t) => t.gross) === all("capture") && totals((t) => t.refunds) === all("refund") && totals((t) => t.fees) === all("fee")
      }),
      { numRuns: 500 }
    )
  })
})
