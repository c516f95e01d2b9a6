/** What GET /admin/ledger-check answers: the books proved against themselves and against Medusa. */

/** A rule the ledger breaks on its own (a movement that does not balance...), with how many rows and a few of them. */
export type LedgerProblem = { rule: string; description: string; count: number; examples: string[] }

/** The figures of an order the ledger is compared with Medusa on. */
export const DISAGREEMENT_RULES = ["captured_minus_refunded", "tax", "line_missing", "line_gone", "target"] as const
export type DisagreementRule = (typeof DISAGREEMENT_RULES)[number]

export type LedgerDisagreement = {
  order_id: string
  display_id: number
  currency_code: string
  rule: DisagreementRule
  /** What `expected`, `recorded` and `difference` count: money (minor units of the currency) or a line's quantity. */
  unit: "minor_units" | "quantity"
  /** What Medusa says, what the ledger holds, and the difference (ledger − Medusa): decimal strings, bigints on the server. */
  expected: string
  recorded: string
  difference: string
  detail: string
}

/** GET /admin/ledger-check: `ok` when nothing disagrees. */
export type AdminLedgerCheckResponse = {
  ok: boolean
  checked_at: string
  range: { from: string; to: string }
  orders_checked: number
  problems: LedgerProblem[]
  disagreements: LedgerDisagreement[]
}
