/**
 * Words and figures for the ledger check's findings. A disagreement's sizes
 * arrive as decimal strings of minor units (bigints on the server); all but
 * a missing line's are money, which is a quantity of units.
 */
import type { DisagreementRule, LedgerDisagreement } from "@cis/contract/ledger-check-response"
import { formatMoney } from "./format"

export type { DisagreementRule }

export const DISAGREEMENT_RULE_LABELS: Record<DisagreementRule, string> = {
  captured_minus_refunded: "Captured less refunded",
  tax: "Tax",
  line_missing: "Line not recorded",
  line_gone: "Line no longer on the order",
  target: "Books differ from the order",
}

/** What each rule compares, for the column's explanation. */
export const DISAGREEMENT_RULE_EXPLANATIONS: Record<DisagreementRule, string> = {
  captured_minus_refunded: "Cooperatives, fund, CIS and tax payable should hold exactly what Medusa captured less what it refunded.",
  tax: "Tax payable should be the order's tax as Medusa computed it.",
  line_missing: "A line of the order has no ledger rows (expected: its quantity).",
  line_gone: "A line removed from the order still holds money in the books.",
  target: "A figure of the books is not what the order's current state calls for.",
}

export function ruleLabel(rule: string): string {
  return rule in DISAGREEMENT_RULE_LABELS ? DISAGREEMENT_RULE_LABELS[rule as DisagreementRule] : rule
}

function isInteger(text: string): boolean {
  return /^-?\d+$/.test(text)
}

/** One size as staff should read it: money in the order's currency, or a number of units. */
function figure(value: string, disagreement: LedgerDisagreement, signed = false): string {
  if (!isInteger(value)) return value
  if (disagreement.unit === "quantity") {
    const units = BigInt(value)
    return `${signed && units > 0n ? "+" : ""}${units} ${units === 1n || units === -1n ? "unit" : "units"}`
  }
  const money = formatMoney(BigInt(value), disagreement.currency_code)
  return signed && BigInt(value) > 0n ? `+${money}` : money
}

/** Medusa's figure, the ledger's, and how far the ledger is off (ledger − Medusa). */
export function disagreementFigures(disagreement: LedgerDisagreement): { expected: string; recorded: string; difference: string } {
  return {
    expected: figure(disagreement.expected, disagreement),
    recorded: figure(disagreement.recorded, disagreement),
    difference: figure(disagreement.difference, disagreement, true),
  }
}
