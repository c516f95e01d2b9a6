/**
 * Top of a cooperative's page: who it is at a glance, Pause/Resume and Delete.
 * Delete is refused (409) while the cooperative still has products; that
 * message stays on screen, not only in a passing toast.
 */
import { Pause, PlaySolid, Trash } from "@medusajs/icons"
import { Alert, Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import {
  useDeleteCooperative,
  useUpdateCooperative,
  type Cooperative,
} from "../lib/cooperatives-api"
import { errorMessage, errorStatus } from "../lib/errors"
import { formatBps } from "../lib/shares"
import { departmentLabel } from "../lib/vocabulary"
import { CooperativeStatusBadge, ProducerGroupBadges } from "./status-badges"

export function CooperativeHeader({ cooperative }: { cooperative: Cooperative }) {
  const navigate = useNavigate()
  const prompt = usePrompt()
  const update = useUpdateCooperative(cooperative.id)
  const remove = useDeleteCooperative(cooperative.id)
  const [deleteRefusal, setDeleteRefusal] = useState<string | null>(null)
  const paused = cooperative.status === "paused"

  const toggleStatus = async () => {
    if (!paused) {
      const confirmed = await prompt({
        title: `Pause ${cooperative.name}?`,
        description:
          "Its products stop being offered in the store until you resume it. Nothing is deleted.",
        confirmText: "Pause",
        cancelText: "Cancel",
        variant: "confirmation",
      })
      if (!confirmed) return
    }
    try {
      await update.mutateAsync({ status: paused ? "active" : "paused" })
      toast.success(paused ? `${cooperative.name} is active again` : `${cooperative.name} is paused`)
    } catch (error) {
      toast.error("Could not change the status", { description: errorMessage(error) })
    }
  }

  const destroy = async () => {
    const confirmed = await prompt({
      title: `Delete ${cooperative.name}?`,
      description:
        "This cannot be undone. A cooperative that still has products cannot be deleted: remove or move its products first.",
      confirmText: "Delete",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    setDeleteRefusal(null)
    try {
      await remove.mutateAsync()
      toast.success(`${cooperative.name} deleted`)
      navigate("/cooperatives", { replace: true })
    } catch (error) {
      const message = errorMessage(error)
      if (errorStatus(error) === 409) setDeleteRefusal(message)
      toast.error("Could not delete the cooperative", { description: message })
    }
  }

  return (
    <Container className="flex flex-col gap-y-4 px-6 py-4">
      <div className="flex flex-col gap-4 md:flex-row md:items-start md:justify-between">
        <div className="flex flex-col gap-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <Heading level="h1">{cooperative.name}</Heading>
            <CooperativeStatusBadge status={cooperative.status} />
          </div>
          <ProducerGroupBadges groups={cooperative.producer_groups} />
          <Text size="small" className="text-ui-fg-subtle">
            {[cooperative.municipality, departmentLabel(cooperative.department)].filter(Boolean).join(", ")}
            {" · "}share {formatBps(cooperative.share_bps)} ({cooperative.share_bps} bps)
            {" · "}/{cooperative.handle}
          </Text>
        </div>
        <div className="flex shrink-0 items-center gap-x-2">
          <Button size="small" variant="secondary" isLoading={update.isPending} onClick={() => void toggleStatus()}>
            {paused ? <PlaySolid /> : <Pause />}
            {paused ? "Resume" : "Pause"}
          </Button>
          <Button size="small" variant="danger" isLoading={remove.isPending} onClick={() => void destroy()}>
            <Trash />
            Delete
          </Button>
        </div>
      </div>
      {deleteRefusal && (
        <Alert variant="warning" dismissible>
          <Text size="small" weight="plus">
            The cooperative was not deleted
          </Text>
          <Text size="small">{deleteRefusal}</Text>
        </Alert>
      )}
    </Container>
  )
}
