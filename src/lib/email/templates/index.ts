import type { LocalizedTemplate, MailTemplate } from "../types"
import { coordinatorInvite, coordinatorPasswordReset, payoutPaidStatement } from "./cooperatives"
import { orderCanceled, orderPlaced, orderRefunded, orderShipped, paymentReceived, transferReminder } from "./orders"

export const TEMPLATES: Record<MailTemplate, LocalizedTemplate> = {
  "order-placed": orderPlaced,
  "payment-received": paymentReceived,
  "transfer-reminder": transferReminder,
  "order-shipped": orderShipped,
  "order-canceled": orderCanceled,
  "order-refunded": orderRefunded,
  "coordinator-invite": coordinatorInvite,
  "coordinator-password-reset": coordinatorPasswordReset,
  "payout-paid": payoutPaidStatement,
}
