import { Badge, StatusBadge } from "@medusajs/ui"
import {
  PRODUCER_GROUP_LABELS,
  STATUS_LABELS,
  type CooperativeStatus,
  type ProducerGroup,
} from "../lib/vocabulary"
import { PAYOUT_STATUS_LABELS, type PayoutStatus } from "../lib/ledger-vocabulary"

export function CooperativeStatusBadge({ status }: { status: CooperativeStatus }) {
  return (
    <StatusBadge color={status === "active" ? "green" : "orange"}>
      {STATUS_LABELS[status] ?? status}
    </StatusBadge>
  )
}

const GROUP_COLORS: Record<ProducerGroup, "purple" | "blue" | "orange"> = {
  women: "purple",
  youth: "blue",
  ex_combatants: "orange",
}

export function ProducerGroupBadges({ groups }: { groups: ProducerGroup[] }) {
  return (
    <div className="flex flex-wrap gap-1">
      {groups.map((group) => (
        <Badge key={group} size="2xsmall" color={GROUP_COLORS[group] ?? "grey"} className="whitespace-nowrap">
          {PRODUCER_GROUP_LABELS[group] ?? group}
        </Badge>
      ))}
    </div>
  )
}

const PAYOUT_STATUS_COLORS: Record<PayoutStatus, "orange" | "green" | "grey"> = {
  draft: "orange",
  paid: "green",
  cancelled: "grey",
}

export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  return <StatusBadge color={PAYOUT_STATUS_COLORS[status] ?? "grey"}>{PAYOUT_STATUS_LABELS[status] ?? status}</StatusBadge>
}
