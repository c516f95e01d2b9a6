import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID, stripeSettings } from "../lib/stripe-config"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { recordCardFeesWorkflow } from "../workflows/record-card-fees"

/** Stripe settles most charges within minutes; a month covers any outage of ours or theirs. */
const LOOKBACK_DAYS = 30

type PaymentRow = { id: string; payment_collection?: { order?: { id?: string } | null } | null }

/**
 * Records the fees the subscribers missed: Stripe was unreachable, the process
 * restarted, or the charge was not settled yet when the order was placed.
 */
export default async function recordCardFeesJob(container: MedusaContainer): Promise<{ checked: number; written: number; failed: number }> {
  if (!stripeSettings(process.env)) return { checked: 0, written: 0, failed: 0 }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { provider_id: STRIPE_PROVIDER_ID, captured_at: { $gte: new Date(Date.now() - LOOKBACK_DAYS * 86_400_000) } },
  })
  const payments = data as PaymentRow[]
  const recorded = new Set(
    (await ledger.listLedgerEntries({ type: "fee", source_line_id: payments.map((p) => p.id) }, { select: ["source_line_id"] })).map(
      (entry) => entry.source_line_id
    )
  )
  const orderIds = [
    ...new Set(payments.filter((p) => !recorded.has(p.id)).map((p) => p.payment_collection?.order?.id).filter((id): id is string => !!id)),
  ]
  let written = 0
  let failed = 0
  for (const order_id of orderIds) {
    try {
      const { result } = await recordCardFeesWorkflow(container).run({ input: { order_id } })
      // Two rows per fee (CIS operations pay, card fees receive): count fees, not rows.
      written += result.filter((row) => row.account === "card_fees").length
    } catch (error) {
      failed += 1
      logger.error(`Card-fee job could not record the fee of order ${order_id}: ${(error as Error).message}`)
    }
  }
  return { checked: orderIds.length, written, failed }
}

export const config = { name: "record-card-fees", schedule: "7 * * * *" }
