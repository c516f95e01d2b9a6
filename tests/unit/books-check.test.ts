import { checkOrderBooks, type MedusaOrderFigures } from "../../src/lib/books-check"
import type { RecordedBooksRow } from "../../src/lib/books-diff"
import { orderBooks, type OrderSnapshot } from "../../src/lib/order-books"

const snapshot: OrderSnapshot = {
  order_id: "order_1",
  currency_code: "eur",
  canceled: false,
  community_fund_bps: 500,
  items: [{ id: "item_1", product_id: "p", net: "100", tax: "19", quantity: 2, returned_quantity: 0, cooperative: { id: "coop_1", share_bps: 6000, refund_policy: "chargeback" } }],
  shipping: [{ id: "ship_1", net: "10", tax: "0" }],
  captured: "129",
  refunded: "0",
}
const medusa: MedusaOrderFigures = {
  order_id: "order_1",
  display_id: 7,
  currency_code: "eur",
  canceled: false,
  captured: 12_900n,
  refunded: 0n,
  tax: 1900n,
  lines: [{ id: "item_1", quantity: 2 }],
}
const recordedAsTarget = (): RecordedBooksRow[] => orderBooks(snapshot).map((row) => ({ ...row }))

describe("the check of one order's books against Medusa", () => {
  it("finds nothing when the books are what the order calls for", () => {
    expect(checkOrderBooks(medusa, recordedAsTarget(), orderBooks(snapshot))).toEqual([])
  })

  it("names a capture the books never recorded, with its size, and the rows that should have moved", () => {
    const unpaid = orderBooks({ ...snapshot, captured: "0" }).map((row) => ({ ...row }))
    const found = checkOrderBooks(medusa, unpaid, orderBooks(snapshot))
    expect(found).toContainEqual(expect.objectContaining({ rule: "captured_minus_refunded", display_id: 7, expected: "12900", recorded: "0", difference: "-12900" }))
    expect(found.filter((d) => d.rule === "target").length).toBeGreaterThan(0)
  })

  it("names tax that differs from Medusa's, a line with no rows, and rows of a line that left the order", () => {
    const books = recordedAsTarget()
    const withGhost = [...books, { ...books.find((r) => r.account === "cooperative")!, source_line_id: "item_gone" }]
    const found = checkOrderBooks({ ...medusa, tax: 2000n, lines: [...medusa.lines, { id: "item_new", quantity: 1 }] }, withGhost, orderBooks(snapshot))
    // The ghost row is also money nobody paid (captured less refunded), and not what the order calls for (target).
    expect(new Set(found.map((d) => d.rule))).toEqual(new Set(["line_gone", "line_missing", "target", "tax", "captured_minus_refunded"]))
    expect(found.find((d) => d.rule === "tax")).toMatchObject({ expected: "2000", recorded: "1900", difference: "-100" })
  })

  it("does not compare tax when Medusa's is not comparable (null), nor expect lines of a cancelled order", () => {
    const cancelled = orderBooks({ ...snapshot, canceled: true, captured: "0" })
    expect(checkOrderBooks({ ...medusa, canceled: true, captured: 0n, tax: null }, cancelled.map((r) => ({ ...r })), cancelled)).toEqual([])
  })
})
