/**
 * The labels staff read for every code of the cooperative and ledger
 * vocabularies (filters, badges, tables): derived from the codes, so pinned
 * here word for word.
 */
import {
  ACCOUNT_LABELS,
  COUNTER_ACCOUNT_LABELS,
  ENTRY_TYPE_LABELS,
  PAYOUT_STATUS_LABELS,
  SOURCE_LABELS,
  STATE_LABELS,
} from "../../src/admin/lib/ledger-vocabulary"
import {
  COORDINATOR_STATUS_LABELS,
  PAYOUT_METHOD_LABELS,
  PRODUCER_GROUP_LABELS,
  REFUND_POLICY_LABELS,
  STATUS_LABELS,
} from "../../src/admin/lib/vocabulary"

describe("dashboard vocabulary labels", () => {
  it("names the cooperative vocabularies' codes", () => {
    expect(PRODUCER_GROUP_LABELS).toEqual({ women: "Women", youth: "Youth", ex_combatants: "Ex-combatants" })
    expect(STATUS_LABELS).toEqual({ active: "Active", paused: "Paused" })
    expect(REFUND_POLICY_LABELS).toEqual({
      organization_absorbs: "CIS absorbs refunds",
      chargeback: "Charge back to the cooperative",
    })
    expect(COORDINATOR_STATUS_LABELS).toEqual({ invited: "Invited", active: "Active", deactivated: "Deactivated" })
    expect(PAYOUT_METHOD_LABELS).toEqual({ bank_transfer: "Bank transfer", cash: "Cash", other: "Other" })
  })

  it("names the ledger vocabularies' codes", () => {
    expect(ACCOUNT_LABELS).toEqual({
      cooperative: "Cooperative",
      community_fund: "Community fund",
      cis_operations: "CIS operations",
      tax_payable: "Tax payable",
      card_fees: "Card fees",
      clearing: "Clearing (money received)",
    })
    expect(ENTRY_TYPE_LABELS).toEqual({
      sale: "Sale",
      reversal: "Reversal",
      adjustment: "Adjustment",
      fee: "Card fee",
      payout: "Payout",
      advance: "Advance",
    })
    expect(SOURCE_LABELS).toEqual({
      order_item: "Order item",
      shipping: "Shipping",
      order: "Order",
      manual: "Manual",
      card_payment: "Card payment",
      payout: "Payout",
      advance: "Advance",
    })
    expect(STATE_LABELS).toEqual({ pending: "Pending", payable: "Payable" })
    expect(COUNTER_ACCOUNT_LABELS).toEqual({ cis_operations: "CIS operations", community_fund: "Community fund" })
    expect(PAYOUT_STATUS_LABELS).toEqual({ draft: "Draft", paid: "Paid", cancelled: "Cancelled" })
  })
})
