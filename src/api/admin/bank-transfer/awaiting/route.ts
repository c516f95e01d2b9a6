import type { INotificationModuleService } from "@medusajs/framework/types"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAwaitingTransfersResponse } from "@cis/contract/bank-transfer-response"
import { asJson } from "@cis/contract/json-date"
import { Modules } from "@medusajs/framework/utils"
import { cancelAt, daysWaiting, paymentDeadline, unpaidTransferSettings } from "../../../../lib/unpaid-transfers"
import { orderReference } from "../../../../lib/transfer-due"
import { BANK_TRANSFER_MODULE } from "../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../modules/bank-transfer/service"
import { listAwaitingTransfers } from "../../../../workflows/steps/order-transfers"

const FALLBACK_DAYS_TO_PAY = 14

/**
 * Orders waiting for their bank transfer, oldest first: how long, what is
 * due, the buyer's deadline, whether the reminder went out, and when the
 * unpaid-transfers job will cancel them.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminAwaitingTransfersResponse>) => {
  const now = new Date()
  const settings = unpaidTransferSettings(process.env)
  const awaiting = await listAwaitingTransfers(req.scope)
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const notifications: INotificationModuleService = req.scope.resolve(Modules.NOTIFICATION)
  const instructions = awaiting.length ? await bank.listTransferInstructions({ currency_code: [...new Set(awaiting.map((o) => o.currency_code))] }) : []
  const days = new Map(instructions.map((row) => [row.currency_code, row.days_to_pay]))
  const reminders = awaiting.length
    ? await notifications.listNotifications(
        { idempotency_key: awaiting.map((o) => `transfer-reminder:${o.order_id}`) } as Record<string, unknown>,
        { select: ["resource_id", "created_at"] }
      )
    : []
  const remindedAt = new Map(reminders.map((row) => [row.resource_id, row.created_at]))
  res.json({
    orders: asJson(awaiting.map((order) => {
      const daysToPay = days.get(order.currency_code) ?? FALLBACK_DAYS_TO_PAY
      return {
        order_id: order.order_id,
        display_id: order.display_id,
        reference: orderReference(order.display_id),
        email: order.email,
        currency_code: order.currency_code,
        amount_due: order.amount_due,
        placed_at: order.created_at,
        days_waiting: daysWaiting(order.created_at, now),
        deadline: paymentDeadline(order.created_at, daysToPay),
        reminder_sent_at: remindedAt.get(order.order_id) ?? null,
        cancels_at: cancelAt(order.created_at, daysToPay, settings),
      }
    })),
    count: awaiting.length,
    settings,
  })
}
