import { cancellationReversals, type RecordedRow } from "../../src/lib/reversal-entries"

const sale = (line: string, account: RecordedRow["account"], amount: number, cooperative: string | null = "coop_a"): RecordedRow => ({
  account,
  type: "sale",
  source: cooperative ? "order_item" : "shipping",
  source_line_id: line,
  cooperative_id: cooperative,
  product_id: cooperative ? "prod" : null,
  currency_code: "usd",
  amount,
  base_amount: 1001,
  share_bps: 0,
})

const rows = [
  sale("item_1", "cooperative", 651),
  sale("item_1", "community_fund", 50),
  sale("item_1", "cis_operations", 300),
  sale("ship_1", "cis_operations", 1500, null),
]

const reverse = (policy: "organization_absorbs" | "chargeback", recorded = rows) =>
  cancellationReversals({ order_id: "order_1", rows: recorded, policyOf: () => policy, created_by: "system", reason: "order canceled" })

const net = (all: { source_line_id: string | null; account: string; amount: number }[], line: string, account: string) =>
  all.filter((r) => r.source_line_id === line && r.account === account).reduce((sum, r) => sum + r.amount, 0)

describe("reversals of a cancelled order", () => {
  it("under chargeback give every account's part back, exactly", () => {
    const drafts = reverse("chargeback")
    const all = [...rows, ...drafts]
    for (const account of ["cooperative", "community_fund", "cis_operations"]) expect(net(all, "item_1", account)).toBe(0)
    expect(net(all, "ship_1", "cis_operations")).toBe(0)
    expect(drafts.every((d) => d.type === "reversal" && d.reason === "order canceled")).toBe(true)
  })

  it("under organization_absorbs leave the cooperative and the fund their parts; CIS takes back the whole line", () => {
    const drafts = reverse("organization_absorbs")
    const all = [...rows, ...drafts]
    expect(net(all, "item_1", "cooperative")).toBe(651)
    expect(net(all, "item_1", "community_fund")).toBe(50)
    expect(net(all, "item_1", "cis_operations")).toBe(300 - 1001)
    expect(net(all, "ship_1", "cis_operations")).toBe(0)
    expect(drafts.filter((d) => d.source_line_id === "item_1")).toEqual([
      expect.objectContaining({ account: "cis_operations", amount: -1001 }),
    ])
  })

  it("never reverse twice: a second cancellation adds nothing, whatever the policy", () => {
    for (const policy of ["chargeback", "organization_absorbs"] as const) {
      const first = reverse(policy)
      const again = reverse(policy, [...rows, ...first.map((d) => ({ ...d }))])
      expect(again).toEqual([])
    }
  })
})
