import type { INotificationModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { nextAction, unpaidTransferSettings, type UnpaidTransferAction } from "../lib/unpaid-transfers"
import { BANK_TRANSFER_MODULE } from "../modules/bank-transfer"
import type BankTransferModuleService from "../modules/bank-transfer/service"
import { listAwaitingTransfers } from "../workflows/steps/order-transfers"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/** Without instructions for a currency (deleted since), orders in it are given this many days. */
const FALLBACK_DAYS_TO_PAY = 14

export type UnpaidTransferRun = Record<UnpaidTransferAction, number> & { failed: number }

/**
 * For every order still waiting for its bank transfer: a reminder once
 * TRANSFER_REMINDER_DAYS have passed, and cancellation (Medusa's
 * cancelOrderWorkflow: the payment is cancelled, the reservations deleted so
 * the stock is for sale again, and order.canceled tells the buyer) once
 * TRANSFER_CANCEL_DAYS and the buyer's own deadline have passed. `now` is a
 * parameter so tests run it on a controlled clock.
 */
export async function processUnpaidTransfers(container: MedusaContainer, now = new Date()): Promise<UnpaidTransferRun> {
  const settings = unpaidTransferSettings(process.env)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const notifications: INotificationModuleService = container.resolve(Modules.NOTIFICATION)
  const awaiting = await listAwaitingTransfers(container)
  const run: UnpaidTransferRun = { wait: 0, remind: 0, cancel: 0, failed: 0 }
  if (awaiting.length === 0) return run
  const instructions = await bank.listTransferInstructions({ currency_code: [...new Set(awaiting.map((o) => o.currency_code))] })
  const daysToPay = new Map(instructions.map((row) => [row.currency_code, row.days_to_pay]))
  const reminded = await notifications.listNotifications(
    { idempotency_key: awaiting.map((order) => `transfer-reminder:${order.order_id}`) } as Record<string, unknown>,
    { select: ["resource_id"] }
  )
  const remindedIds = new Set(reminded.map((row) => row.resource_id))

  for (const order of awaiting) {
    const action = nextAction(
      { placed_at: order.created_at, days_to_pay: daysToPay.get(order.currency_code) ?? FALLBACK_DAYS_TO_PAY, reminded: remindedIds.has(order.order_id) },
      now,
      settings
    )
    run[action] += 1
    try {
      if (action === "remind") await sendOrderEmailWorkflow(container).run({ input: { message: "transfer-reminder", order_id: order.order_id } })
      if (action === "cancel") await cancelOrderWorkflow(container).run({ input: { order_id: order.order_id, canceled_by: "system:unpaid-transfer" } })
    } catch (error) {
      // One order's trouble must not stop the others; it is tried again at the next run.
      run.failed += 1
      logger.error(`Unpaid transfer job: could not ${action} order #${order.display_id}: ${(error as Error).message}`)
    }
  }
  return run
}

export default async function unpaidTransfersJob(container: MedusaContainer) {
  const run = await processUnpaidTransfers(container)
  if (run.remind + run.cancel + run.failed > 0) {
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`Unpaid transfers: ${run.remind} reminded, ${run.cancel} cancelled, ${run.failed} failed, ${run.wait} waiting`)
  }
}

export const config = { name: "unpaid-bank-transfers", schedule: "17 * * * *" }
