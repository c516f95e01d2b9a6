import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { cardFeeEntries } from "../../../lib/card-fee"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { STRIPE_PROVIDER_ID } from "../../../lib/stripe-config"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { newTransactionId } from "../../../modules/ledger/service"
import { balanceTransactionOf } from "../stripe-balance-transaction"

type PaymentRow = { id: string; provider_id: string; captured_at: string | Date | null; data: { id?: string } | null }
type OrderRow = { id: string; payment_collections?: { payments?: PaymentRow[] | null }[] | null }

export const gatherCardFeesStepId = "gather-card-fees"

/**
 * The fee rows an order's captured card payments still owe the ledger. A
 * payment whose fee is recorded is not asked about again, so Stripe is called
 * only for what is missing. Reads only: nothing to undo.
 */
export const gatherCardFeesStep = createStep(gatherCardFeesStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.data"],
    filters: { id: order_id },
  })
  const order = data[0] as OrderRow | undefined
  const captured = (order?.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .filter((payment) => payment.provider_id === STRIPE_PROVIDER_ID && payment.captured_at && payment.data?.id)
  if (!order || !captured.length) return new StepResponse([] as LedgerEntryDraft[])

  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const recorded = await ledger.listLedgerEntries(
    { type: "fee", source_line_id: captured.map((payment) => payment.id) },
    { select: ["source_line_id"] }
  )
  const done = new Set(recorded.map((entry) => entry.source_line_id))
  const drafts: LedgerEntryDraft[] = []
  for (const payment of captured.filter((p) => !done.has(p.id))) {
    const transaction = await balanceTransactionOf(payment.data!.id!)
    if (!transaction) continue
    const transaction_id = newTransactionId()
    drafts.push(...cardFeeEntries({ paymentId: payment.id, orderId: order.id, transaction }).map((row) => ({ ...row, transaction_id })))
  }
  return new StepResponse(drafts)
})
