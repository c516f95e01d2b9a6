import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { RefundPolicy } from "../../lib/cooperative-vocabulary"
import { toMinorUnits } from "../../lib/currency"
import { reversalsOwed, type RecordedRow, type ReversalDraft } from "../../lib/reversal-entries"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

type Raw = { value: string } | null | undefined
/** Quantities are BigNumbers too; a fractional one (never sold here) would be a data error worth failing on. */
function count(raw: Raw, required = false): number {
  // A missing ordered quantity would silently reverse nothing; failing leaves it to the log and the repair job.
  if (required && !raw) throw new Error("the order item's quantity could not be read")
  const value = Number(raw?.value ?? 0)
  if (!Number.isSafeInteger(value)) throw new RangeError(`quantity ${raw?.value} is not a whole number`)
  return value
}

type AftermathRow = {
  id: string
  status: string
  currency_code: string
  items: { id: string; detail?: { raw_quantity?: Raw; raw_return_received_quantity?: Raw; raw_return_dismissed_quantity?: Raw } | null }[]
  payment_collections?: {
    payments?: { raw_amount: Raw; canceled_at: Date | null; refunds?: { raw_amount: Raw }[] | null }[] | null
  }[] | null
}

export interface GatherReversalsInput {
  order_id: string
  /** What set this off, written on every row it adds (e.g. "order.canceled"). */
  trigger: string
  reason: string
}

/**
 * Works out the reversals an order still owes the ledger from the rows its
 * sale wrote and from what has happened to it since (cancelled, items
 * received back, money refunded), under each cooperative's policy as it
 * stands now. Everything already reversed is subtracted, so a repeated event
 * or a repair run adds nothing.
 */
export const gatherReversalsStep = createStep("gather-order-reversals", async (input: GatherReversalsInput, { container }) => {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const rows = (await cooperatives.listLedgerEntries({ order_id: input.order_id })) as unknown as RecordedRow[]
  if (!rows.length) return new StepResponse([] as ReversalDraft[])

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "currency_code",
      "items.id",
      "items.detail.raw_quantity",
      "items.detail.raw_return_received_quantity",
      "items.detail.raw_return_dismissed_quantity",
      "payment_collections.payments.raw_amount",
      "payment_collections.payments.canceled_at",
      "payment_collections.payments.refunds.raw_amount",
    ],
    filters: { id: input.order_id },
  })
  const order = data[0] as unknown as AftermathRow | undefined
  if (!order) return new StepResponse([] as ReversalDraft[])

  const minor = (raw: Raw) => toMinorUnits(raw?.value ?? "0", order.currency_code)
  const payments = (order.payment_collections ?? []).flatMap((c) => c.payments ?? []).filter((p) => !p.canceled_at)
  const ids = [...new Set(rows.map((row) => row.cooperative_id).filter((id): id is string => Boolean(id)))]
  const policies = new Map<string, RefundPolicy>(
    ids.length
      ? (await cooperatives.listCooperatives({ id: ids }, { select: ["id", "refund_policy"], withDeleted: true })).map((c) => [
          c.id,
          c.refund_policy as RefundPolicy,
        ])
      : []
  )
  const drafts = reversalsOwed({
    order_id: order.id,
    rows,
    aftermath: {
      canceled: order.status === "canceled",
      lines: order.items.map((item) => ({
        line_id: item.id,
        quantity: count(item.detail?.raw_quantity, true),
        returned_quantity: count(item.detail?.raw_return_received_quantity) + count(item.detail?.raw_return_dismissed_quantity),
      })),
      paid: payments.reduce((sum, p) => sum + minor(p.raw_amount), 0n),
      refunded: payments.flatMap((p) => p.refunds ?? []).reduce((sum, r) => sum + minor(r.raw_amount), 0n),
    },
    policyOf: (id) => policies.get(id) ?? "organization_absorbs",
    created_by: `system:${input.trigger}`,
    reason: input.reason,
  })
  return new StepResponse(drafts)
})
