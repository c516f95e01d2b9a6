/**
 * The dashboard's money forms and ledger summaries (pure parts): typed
 * decimals become integer minor units without floats, bodies carry exactly
 * what the API takes, and an order's split keeps pending apart from payable.
 */
import { initialAdvanceValues, toAdvanceBody, validateAdvance, type AdvanceValues } from "../../src/admin/lib/advance-form"
import { initialAdjustmentValues, toAdjustmentBody, validateAdjustment } from "../../src/admin/lib/adjustment-form"
import { paidOnIso, todayInput } from "../../src/admin/lib/format"
import { disagreementFigures, ruleLabel } from "../../src/admin/lib/ledger-check"
import type { LedgerDisagreement, LedgerEntry, Payout } from "../../src/admin/lib/ledger-api"
import { initialMarkPaidValues, sentDifference } from "../../src/admin/lib/mark-paid-form"
import { summarizeOrderSplit } from "../../src/admin/lib/order-split"

const advance = (patch: Partial<AdvanceValues> = {}): AdvanceValues => ({
  ...initialAdvanceValues({ cooperative_id: "coop_1", currency_code: "usd" }),
  amount: "150.10",
  reference: " TRF-881 ",
  reason: " Half of the Fair Shop order up front ",
  paid_date: "2025-03-04",
  ...patch,
})

describe("record advance form", () => {
  it("sends the typed decimal as integer minor units, trimmed text, and a past day at noon UTC", () => {
    expect(validateAdvance(advance())).toEqual({})
    expect(toAdvanceBody(advance())).toEqual({
      cooperative_id: "coop_1",
      currency_code: "usd",
      amount: 15010,
      paid_at: "2025-03-04T12:00:00.000Z",
      reference: "TRF-881",
      method: "bank_transfer",
      reason: "Half of the Fair Shop order up front",
    })
  })

  it("converts by strings, never floats: 0.29 and 1.005-style inputs stay exact or are refused", () => {
    // 0.29 * 100 is 28.999999999999996 as a float.
    expect(toAdvanceBody(advance({ amount: "0.29" })).amount).toBe(29)
    expect(toAdvanceBody(advance({ amount: "19.99" })).amount).toBe(1999)
    expect(validateAdvance(advance({ amount: "1.005" })).amount).toBe("At most 2 decimals in USD")
    // A currency without decimals takes whole amounts only.
    expect(toAdvanceBody(advance({ currency_code: "jpy", amount: "1500" })).amount).toBe(1500)
    expect(validateAdvance(advance({ currency_code: "jpy", amount: "15.5" })).amount).toBe("JPY has no decimals")
  })

  it("names every field that is missing or wrong", () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000)
    const errors = validateAdvance(
      advance({ cooperative_id: "", amount: "-5", reference: "  ", reason: "tiny", paid_date: todayInput(tomorrow) })
    )
    expect(Object.keys(errors).sort()).toEqual(["amount", "cooperative_id", "paid_date", "reason", "reference"])
    expect(validateAdvance(advance({ amount: "0" })).amount).toBe("More than zero")
    expect(validateAdvance(advance({ amount: "10000000.01" })).amount).toBe("Too large for one advance")
    expect(validateAdvance(advance({ amount: "10000000.00" })).amount).toBeUndefined()
  })

  it("sends today as the moment it is recorded", () => {
    const now = new Date("2025-06-01T15:30:00.000Z")
    expect(paidOnIso(todayInput(now), now)).toBe(now.toISOString())
  })
})

describe("record adjustment form", () => {
  const base = { ...initialAdjustmentValues({ cooperative_id: "coop_1", currency_code: "eur" }), amount: "12.30", reason: "Missed shipping credit" }

  it("credits as a positive amount and debits as a negative one, naming the counter account", () => {
    expect(validateAdjustment(base)).toEqual({})
    expect(toAdjustmentBody(base)).toEqual({
      cooperative_id: "coop_1",
      currency_code: "eur",
      amount: 1230,
      counter_account: "cis_operations",
      reason: "Missed shipping credit",
    })
    expect(toAdjustmentBody({ ...base, direction: "debit", counter_account: "community_fund" })).toMatchObject({
      amount: -1230,
      counter_account: "community_fund",
    })
  })

  it("refuses a signed or empty amount, an unknown counter account and a short reason", () => {
    const errors = validateAdjustment({ ...base, amount: "-3", counter_account: "clearing" as never, reason: "x" })
    expect(Object.keys(errors).sort()).toEqual(["amount", "counter_account", "reason"])
  })
})

describe("mark paid: what a different amount means", () => {
  const payout = { amount: 1300, currency_code: "eur" } as Payout
  const values = (sent_amount: string, sent_currency_code = "eur") => ({ ...initialMarkPaidValues(payout as Payout, null), sent_amount, sent_currency_code })

  it("prefills the payout's amount, which needs no note", () => {
    expect(initialMarkPaidValues(payout, null).sent_amount).toBe("13.00")
    expect(sentDifference(payout, values("13.00"))).toBeNull()
  })

  it("a short payment leaves the rest on the balance; an excess is netted next time", () => {
    expect(sentDifference(payout, values("12.00"))).toEqual({ kind: "short", minor: 100, currency_code: "eur" })
    expect(sentDifference(payout, values("13.25"))).toEqual({ kind: "excess", minor: 25, currency_code: "eur" })
  })

  it("another currency records the rate, exactly", () => {
    expect(sentDifference(payout, values("14.17", "usd"))).toEqual({ kind: "other_currency", rate: "1.09", from: "eur", to: "usd" })
    expect(sentDifference(payout, values("abc", "usd"))).toBeNull()
  })
})

const row = (patch: Partial<LedgerEntry>): LedgerEntry => ({
  id: Math.random().toString(36),
  transaction_id: "tx_1",
  account: "cooperative",
  state: "pending",
  type: "sale",
  source: "order_item",
  cooperative_id: "coop_a",
  order_id: "order_1",
  source_line_id: "item_1",
  product_id: "prod_1",
  currency_code: "usd",
  amount: 0,
  base_amount: 10000,
  share_bps: 6000,
  created_by: "system",
  reason: null,
  payout_id: null,
  order_display_id: null,
  created_at: "2025-03-01T00:00:00.000Z",
  ...patch,
})

describe("an order's split", () => {
  /** A 100.00 line (60/5/35) with 8.00 tax and 10.00 shipping, placed by bank transfer: all pending. */
  const placed = [
    row({ account: "cooperative", amount: 6000 }),
    row({ account: "community_fund", amount: 500 }),
    row({ account: "cis_operations", amount: 3500 }),
    row({ account: "tax_payable", amount: 800 }),
    row({ account: "cis_operations", amount: 1000, source: "shipping", source_line_id: "ship_1", cooperative_id: null }),
    row({ account: "clearing", amount: -11800, source: "order", source_line_id: "order_1", cooperative_id: null }),
  ]
  /** Then captured: the pending rows are taken back and the same shares become payable. */
  const captured = placed.flatMap((r) => [
    row({ ...r, amount: -r.amount, transaction_id: "tx_2" }),
    row({ ...r, state: "payable", transaction_id: "tx_2" }),
  ])

  it("keeps an unpaid order's shares pending, tax apart, and leaves the clearing side out", () => {
    const [split] = summarizeOrderSplit(placed)
    expect(split.payment).toBe("unpaid")
    expect(split.groups.map((g) => g.cooperative_id)).toEqual(["coop_a", null])
    expect(split.groups[0].amounts.cooperative).toEqual({ pending: 6000n, payable: 0n })
    expect(split.groups[0].amounts.tax_payable).toEqual({ pending: 800n, payable: 0n })
    expect(split.groups[1].amounts.cis_operations).toEqual({ pending: 1000n, payable: 0n })
    expect(split.total).toEqual({ pending: 11800n, payable: 0n })
  })

  it("moves every share to payable once captured, adding up to what the buyer paid", () => {
    const [split] = summarizeOrderSplit([...placed, ...captured])
    expect(split.payment).toBe("paid")
    expect(split.totals.cooperative).toEqual({ pending: 0n, payable: 6000n })
    expect(split.totals.cis_operations).toEqual({ pending: 0n, payable: 4500n })
    expect(split.total).toEqual({ pending: 0n, payable: 11800n })
  })

  it("says partly paid when some is captured and some pending, and leaves fees and adjustments out", () => {
    const half = [
      row({ account: "cooperative", amount: -3000, transaction_id: "tx_3" }),
      row({ account: "cooperative", state: "payable", amount: 3000, transaction_id: "tx_3" }),
      row({ account: "card_fees", type: "fee", state: "payable", amount: 330 }),
      row({ account: "cooperative", type: "adjustment", state: "payable", amount: 99999, source: "manual" }),
    ]
    const [split] = summarizeOrderSplit([...placed, ...half])
    expect(split.payment).toBe("partly_paid")
    expect(split.groups[0].amounts.cooperative).toEqual({ pending: 3000n, payable: 3000n })
  })
})

describe("ledger check findings", () => {
  const disagreement = (patch: Partial<LedgerDisagreement>): LedgerDisagreement => ({
    order_id: "order_1",
    display_id: 42,
    currency_code: "usd",
    rule: "captured_minus_refunded",
    unit: "minor_units",
    expected: "11800",
    recorded: "11801",
    difference: "1",
    detail: "",
    ...patch,
  })

  it("writes money sizes in the order's currency, signed differences with a plus", () => {
    expect(disagreementFigures(disagreement({}))).toEqual({ expected: "$118.00", recorded: "$118.01", difference: "+$0.01" })
    expect(disagreementFigures(disagreement({ expected: "800", recorded: "700", difference: "-100", rule: "tax" })).difference).toBe("-$1.00")
  })

  it("writes a missing line's size as units, and labels rules, unknown ones as they come", () => {
    expect(disagreementFigures(disagreement({ rule: "line_missing", unit: "quantity", expected: "2", recorded: "0", difference: "-2" }))).toEqual({
      expected: "2 units",
      recorded: "0 units",
      difference: "-2 units",
    })
    expect(ruleLabel("captured_minus_refunded")).toBe("Captured less refunded")
    expect(ruleLabel("something_new")).toBe("something_new")
  })

  it("keeps sizes beyond 2^53 exact", () => {
    expect(disagreementFigures(disagreement({ expected: "0", recorded: "90071992547409930", difference: "90071992547409930" })).recorded).toBe(
      "$900,719,925,474,099.30"
    )
  })
})
