/**
 * The cooperative's coordinators (its people in the portal), with Invite,
 * Re-invite and Deactivate. Re-inviting (an expired invite, a deactivated
 * coordinator, or someone who lost both password and reset email) sends a
 * fresh link on the same row: the old link dies, and accepting sets a new
 * password and makes them active again. An active coordinator is
 * deactivated first, so a new link never silently replaces a working login.
 */
import { Button, createDataTableColumnHelper, Drawer, Text, toast, usePrompt } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import type { Cooperative } from "../lib/cooperatives-api"
import {
  isInviteExpired,
  useCoordinators,
  useDeactivateCoordinator,
  useInviteCoordinator,
  type Coordinator,
  type InviteCoordinatorResponse,
} from "../lib/coordinators-api"
import { errorMessage } from "../lib/errors"
import { formatDate, formatDateTime } from "../lib/format"
import { InviteCoordinatorDrawer, InviteLink } from "./invite-coordinator-drawer"
import { ListTable } from "./list-table"
import { Section } from "./section"
import { CoordinatorStatusBadge } from "./status-badges"

const column = createDataTableColumnHelper<Coordinator>()

function coordinatorColumns(actions: (coordinator: Coordinator) => ReactNode) {
  return [
    column.accessor("name", {
      header: "Coordinator",
      truncateTooltip: false,
      cell: ({ row: { original: coordinator } }) => (
        <div className="flex flex-col py-2">
          <Text size="small" weight="plus">
            {coordinator.name}
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {coordinator.email}
          </Text>
        </div>
      ),
    }),
    column.accessor("status", {
      header: "Status",
      truncateTooltip: false,
      cell: ({ row: { original: coordinator } }) => (
        <div className="flex flex-col items-start gap-y-1 py-2">
          <CoordinatorStatusBadge coordinator={coordinator} />
          <StatusDetail coordinator={coordinator} />
        </div>
      ),
    }),
    column.accessor("created_at", { header: "Invited", cell: ({ getValue }) => formatDate(getValue()) }),
    column.accessor("id", {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      align: "right",
      truncateTooltip: false,
      cell: ({ row }) => actions(row.original),
    }),
  ]
}

/** Active and invited people first; deactivated ones are history, kept at the bottom. */
function byStatus(a: Coordinator, b: Coordinator) {
  return Number(a.status === "deactivated") - Number(b.status === "deactivated")
}

function StatusDetail({ coordinator }: { coordinator: Coordinator }) {
  const text =
    coordinator.status === "active"
      ? `Active since ${formatDate(coordinator.activated_at)}`
      : coordinator.status === "deactivated"
        ? `Deactivated ${formatDate(coordinator.deactivated_at)}`
        : isInviteExpired(coordinator)
          ? `Invite expired ${formatDateTime(coordinator.invite_expires_at)}`
          : `Invite expires ${formatDateTime(coordinator.invite_expires_at)}`
  return (
    <Text size="xsmall" className="text-ui-fg-subtle whitespace-nowrap">
      {text}
    </Text>
  )
}

export function CooperativeCoordinatorsSection({ cooperative }: { cooperative: Cooperative }) {
  const prompt = usePrompt()
  const list = useCoordinators(cooperative.id)
  const deactivate = useDeactivateCoordinator(cooperative.id)
  const reinvite = useInviteCoordinator(cooperative.id)
  const [deactivatingId, setDeactivatingId] = useState<string | null>(null)
  const [reinvitingId, setReinvitingId] = useState<string | null>(null)
  const [newInvite, setNewInvite] = useState<InviteCoordinatorResponse | null>(null)
  const busy = deactivatingId !== null || reinvitingId !== null
  const coordinators = list.data && [...list.data.coordinators].sort(byStatus)

  const confirmDeactivate = async (coordinator: Coordinator) => {
    const invited = coordinator.status === "invited"
    const confirmed = await prompt({
      title: `Deactivate ${coordinator.name}?`,
      description: invited
        ? `Their invite stops working at once, so ${coordinator.email} can no longer join the portal until you re-invite them.`
        : `Their access to the portal stops at once: their very next request is refused, even if they are signed in now. Their past stock changes stay on record. You can re-invite them later; they then choose a new password.`,
      confirmText: "Deactivate",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    setDeactivatingId(coordinator.id)
    try {
      await deactivate.mutateAsync(coordinator.id)
      toast.success(`${coordinator.name} is deactivated`, { description: "Their portal access has stopped." })
    } catch (err) {
      toast.error(`Could not deactivate ${coordinator.name}`, { description: errorMessage(err) })
    } finally {
      setDeactivatingId(null)
    }
  }

  const confirmReinvite = async (coordinator: Coordinator) => {
    const confirmed = await prompt({
      title: `Invite ${coordinator.name} again?`,
      description:
        coordinator.status === "deactivated"
          ? `A new invite goes to ${coordinator.email}. When they accept it they choose a new password and their portal access starts again; their old password stops working.`
          : `A new invite goes to ${coordinator.email}, valid for 7 days. The earlier invite link stops working at once.`,
      confirmText: "Send new invite",
      cancelText: "Cancel",
      variant: "confirmation",
    })
    if (!confirmed) return
    setReinvitingId(coordinator.id)
    try {
      setNewInvite(await reinvite.mutateAsync({ email: coordinator.email, name: coordinator.name }))
      toast.success(`New invite sent to ${coordinator.email}`, { description: "The earlier invite link no longer works." })
    } catch (err) {
      toast.error(`Could not invite ${coordinator.name} again`, { description: errorMessage(err) })
    } finally {
      setReinvitingId(null)
    }
  }

  // A render function, not a component: one made here would be new on each render.
  const rowActions = (coordinator: Coordinator) => (
    <div className="flex justify-end gap-x-1">
      {coordinator.status !== "active" && (
        <Button
          size="small"
          variant="transparent"
          aria-label={`Re-invite ${coordinator.name}`}
          isLoading={reinvitingId === coordinator.id}
          disabled={busy}
          onClick={() => void confirmReinvite(coordinator)}
        >
          Re-invite
        </Button>
      )}
      {coordinator.status !== "deactivated" && (
        <Button
          size="small"
          variant="transparent"
          aria-label={`Deactivate ${coordinator.name}`}
          isLoading={deactivatingId === coordinator.id}
          disabled={busy}
          onClick={() => void confirmDeactivate(coordinator)}
        >
          Deactivate
        </Button>
      )}
    </div>
  )

  return (
    <Section
      title="Coordinators"
      description="The cooperative's people in the coordinator portal: they keep its stock counts right and see its orders, earnings and payouts."
      actions={<InviteCoordinatorDrawer cooperativeId={cooperative.id} cooperativeName={cooperative.name} />}
    >
      <ListTable
        what="the coordinators"
        query={list}
        rows={coordinators}
        columns={coordinatorColumns(rowActions)}
        rowId={(coordinator) => coordinator.id}
        empty={{ heading: "No coordinators yet", description: "Invite someone from the cooperative to keep its stock counts in the portal." }}
      />
      {/* The new link is shown once, as after a first invite; closing forgets it. */}
      <Drawer open={newInvite !== null} onOpenChange={(open) => !open && setNewInvite(null)}>
        <Drawer.Content>{newInvite && <InviteLink invite={newInvite} onDone={() => setNewInvite(null)} />}</Drawer.Content>
      </Drawer>
    </Section>
  )
}
