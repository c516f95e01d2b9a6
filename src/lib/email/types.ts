import type { TransferDue } from "@cis/contract/order-payment-response"
import type { TransferDetails } from "@cis/contract/transfer-instructions-response"

/**
 * The data each email is rendered from. It is written into the notification
 * row when the message is queued, so a retry hours later sends exactly what
 * the buyer would have got at the time. Amounts are integer minor units.
 */
export type MailLanguage = "en" | "es"

export type { TransferDetails, TransferDue }

export interface MailLine {
  title: string
  variant_title: string | null
  quantity: number
  total: number
}

export interface OrderMailBase {
  language: MailLanguage
  display_id: number
  currency_code: string
  total: number
  /** The storefront's page for this order. */
  order_url: string
}

export interface OrderPlacedMail extends OrderMailBase {
  placed_at: string
  items: MailLine[]
  shipping_total: number
  tax_total: number
  /** A bank transfer still to pay, or null for a card. */
  transfer: TransferDue | null
  card_captured: boolean
}

export interface PaymentReceivedMail extends OrderMailBase {
  amount: number
}

export interface TransferReminderMail extends OrderMailBase {
  transfer: TransferDue
  /** ISO date-time after which the order is cancelled. */
  cancel_on: string
}

export interface OrderShippedMail extends OrderMailBase {
  items: { title: string; quantity: number }[]
  tracking: { number: string | null; url: string | null }[]
}

export interface OrderCanceledMail extends OrderMailBase {
  /** True when the buyer never paid by transfer: the email says the transfer did not arrive in time. */
  unpaid_transfer: boolean
  refunded: number
}

export interface OrderRefundedMail extends OrderMailBase {
  amount: number
}

export interface CoordinatorInviteMail {
  name: string
  cooperative: string
  invite_url: string
  reinvited: boolean
}

export interface CoordinatorResetMail {
  name: string
  reset_url: string
  valid_minutes: number
}

export interface PayoutPaidMail {
  cooperative_name: string
  currency_code: string
  amount: number
  paid_at: string
  reference: string
  method: string
  sent_amount: number
  sent_currency_code: string
  /** Sent in another currency (or another amount) than the payout's. */
  converted: boolean
  entries: { date: string; order_display_id: number | null; description: string; amount: number }[]
  portal_url: string
}

/** Every message, by the template name the notification row carries. */
export interface MailData {
  "order-placed": OrderPlacedMail
  "payment-received": PaymentReceivedMail
  "transfer-reminder": TransferReminderMail
  "order-shipped": OrderShippedMail
  "order-canceled": OrderCanceledMail
  "order-refunded": OrderRefundedMail
  "coordinator-invite": CoordinatorInviteMail
  "coordinator-password-reset": CoordinatorResetMail
  "payout-paid": PayoutPaidMail
}

export type MailTemplate = keyof MailData

/** One message in one language, as Handlebars sources. */
export interface TemplateSources {
  subject: string
  html: string
  text: string
}

export type LocalizedTemplate = Record<MailLanguage, TemplateSources>
