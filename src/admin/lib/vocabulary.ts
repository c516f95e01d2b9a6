/**
 * Labels and explanations for the cooperative vocabularies. The codes
 * themselves come from the backend's pure vocabulary file, so the dashboard
 * can never offer a value the API would refuse.
 */
import {
  DEPARTMENTS,
  type DepartmentCode,
  type ProducerGroup,
  type CooperativeStatus,
  type RefundPolicy,
  type PayoutMethod,
  type CoordinatorStatus,
} from "@cis/contract/cooperative-vocabulary"

// The dashboard reads every code and field list from here, labels included.
export * from "@cis/contract/cooperative-vocabulary"

export const PRODUCER_GROUP_LABELS: Record<ProducerGroup, string> = {
  women: "Women",
  youth: "Youth",
  ex_combatants: "Ex-combatants",
}

export const STATUS_LABELS: Record<CooperativeStatus, string> = {
  active: "Active",
  paused: "Paused",
}

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

export const COORDINATOR_STATUS_LABELS: Record<CoordinatorStatus, string> = {
  invited: "Invited",
  active: "Active",
  deactivated: "Deactivated",
}

export const PAYOUT_METHOD_LABELS: Record<PayoutMethod, string> = {
  bank_transfer: "Bank transfer",
  cash: "Cash",
  other: "Other",
}

/** The department's display name; falls back to the raw code for an unknown value. */
export function departmentLabel(code: string | null | undefined): string {
  if (!code) return "—"
  return code in DEPARTMENTS ? DEPARTMENTS[code as DepartmentCode] : code
}

export function isDepartmentCode(value: string): value is DepartmentCode {
  return value in DEPARTMENTS
}
