import { Badge, StatusBadge } from "@medusajs/ui"
import { isInviteExpired, type Coordinator } from "../lib/coordinators-api"
import {
  COORDINATOR_STATUS_LABELS,
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

const COORDINATOR_STATUS_COLORS: Record<Coordinator["status"], "orange" | "green" | "grey"> = {
  invited: "orange",
  active: "green",
  deactivated: "grey",
}

/** An invite past its date is shown as expired: the server still calls it "invited", but it can no longer be accepted. */
export function CoordinatorStatusBadge({ coordinator }: { coordinator: Coordinator }) {
  if (isInviteExpired(coordinator)) return <StatusBadge color="red">Invite expired</StatusBadge>
  return (
    <StatusBadge color={COORDINATOR_STATUS_COLORS[coordinator.status] ?? "grey"}>
      {COORDINATOR_STATUS_LABELS[coordinator.status] ?? coordinator.status}
    </StatusBadge>
  )
}
