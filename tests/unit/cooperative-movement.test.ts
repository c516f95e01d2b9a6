import fc from "fast-check"
import { cooperativeMovementRows, type CooperativeMovement } from "../../src/lib/cooperative-movement"

const advance: CooperativeMovement = {
  type: "advance",
  source: "advance",
  cooperative_id: "coop_1",
  currency_code: "usd",
  cooperative_amount: -15_000,
  counter_account: "clearing",
  base_amount: 15_000,
  source_line_id: "adv_1",
  created_by: "user_1",
  reason: "advance T-1: wool",
}

describe("a movement staff record about one cooperative", () => {
  it("is the cooperative's row and the counter account's opposite row, with the movement's own fields on both", () => {
    const shared = {
      type: "advance",
      source: "advance",
      cooperative_id: "coop_1",
      order_id: null,
      source_line_id: "adv_1",
      product_id: null,
      currency_code: "usd",
      base_amount: 15_000,
      share_bps: 10_000,
      created_by: "user_1",
      reason: "advance T-1: wool",
    }
    expect(cooperativeMovementRows(advance)).toEqual([
      { ...shared, account: "cooperative", amount: -15_000 },
      { ...shared, account: "clearing", amount: 15_000 },
    ])
  })

  it("always balances, whichever side the cooperative is on", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cooperative_amount) => {
        const rows = cooperativeMovementRows({ ...advance, cooperative_amount, counter_account: "cis_operations" })
        expect(rows.map((row) => row.account)).toEqual(["cooperative", "cis_operations"])
        expect(rows[0].amount + rows[1].amount).toBe(0)
        expect(rows[0].amount).toBe(cooperative_amount)
      })
    )
  })
})
