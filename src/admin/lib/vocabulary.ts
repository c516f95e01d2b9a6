/**
 * Labels and explanations for the cooperative vocabularies. The codes
 * themselves come from the backend's pure vocabulary file, so the dashboard
 * can never offer a value the API would refuse.
 */
import {
  COOPERATIVE_STATUSES,
  COORDINATOR_STATUSES,
  DEPARTMENTS,
  PAYOUT_METHODS,
  PRODUCER_GROUPS,
  type DepartmentCode,
  type RefundPolicy,
} from "@cis/contract/cooperative-vocabulary"
import { labelsFor } from "./labels"

// The dashboard reads every code and field list from here, labels included.
export * from "@cis/contract/cooperative-vocabulary"

export const PRODUCER_GROUP_LABELS = labelsFor(PRODUCER_GROUPS, { ex_combatants: "Ex-combatants" })

export const STATUS_LABELS = labelsFor(COOPERATIVE_STATUSES)

export const REFUND_POLICY_LABELS: Record<RefundPolicy, string> = {
  organization_absorbs: "CIS absorbs refunds",
  chargeback: "Charge back to the cooperative",
}

/** Shown under the refund policy select: staff must know who loses money on a refund. */
export const REFUND_POLICY_EXPLANATIONS: Record<RefundPolicy, string> = {
  organization_absorbs:
    "The fair-trade default: when an item is refunded, CIS bears the whole cost and the cooperative keeps the share it was paid.",
  chargeback:
    "When an item is refunded, the cooperative's share of it is taken back (deducted from its next payout). Use only when agreed with the cooperative.",
}

export const COORDINATOR_STATUS_LABELS = labelsFor(COORDINATOR_STATUSES)

export const PAYOUT_METHOD_LABELS = labelsFor(PAYOUT_METHODS)

/** The department's display name; falls back to the raw code for an unknown value. */
export function departmentLabel(code: string | null | undefined): string {
  if (!code) return "—"
  return code in DEPARTMENTS ? DEPARTMENTS[code as DepartmentCode] : code
}

export function isDepartmentCode(value: string): value is DepartmentCode {
  return value in DEPARTMENTS
}
