import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundPolicy } from "../../lib/cooperative-vocabulary"
import { cancellationReversals, type RecordedRow, type ReversalDraft } from "../../lib/reversal-entries"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/**
 * Works out the reversals a cancelled order owes the ledger from the rows
 * its sale wrote (not from the order, whose totals change after the fact),
 * under each cooperative's refund policy as it stands now.
 */
export const gatherCancellationStep = createStep(
  "gather-order-cancellation",
  async ({ order_id }: { order_id: string }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const rows = (await cooperatives.listLedgerEntries({ order_id })) as unknown as RecordedRow[]
    const ids = [...new Set(rows.map((row) => row.cooperative_id).filter((id): id is string => Boolean(id)))]
    const policies = new Map<string, RefundPolicy>(
      ids.length
        ? (await cooperatives.listCooperatives({ id: ids }, { select: ["id", "refund_policy"], withDeleted: true })).map((c) => [
            c.id,
            c.refund_policy as RefundPolicy,
          ])
        : []
    )
    const drafts = cancellationReversals({
      order_id,
      rows,
      policyOf: (id) => policies.get(id) ?? "organization_absorbs",
      created_by: "system:order.canceled",
      reason: "order canceled",
    })
    return new StepResponse(drafts as ReversalDraft[])
  }
)
