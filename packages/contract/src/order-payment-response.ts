import type { TransferDetails } from "./transfer-instructions-response"

/**
 * What a buyer paying by bank transfer must send, as the order's payment
 * route, the order lookup and the emails give it. Amounts in MINOR units.
 */
export interface TransferDue {
  amount_due: number
  currency_code: string
  /** What the buyer quotes: "CIS-1042". */
  reference: string
  /** ISO date-time. */
  deadline: string
  instructions: TransferDetails
}

/** GET /store/orders/:id/payment: how the order is paid, never the payment's own data (a card's client secret lives there). */
export interface OrderPaymentSummary {
  provider_id: string | null
  captured: boolean
  /** While a bank transfer is awaited: what to send, where, with which reference, by when. Null otherwise. */
  transfer: TransferDue | null
}

export type StoreOrderPaymentResponse = { payment: OrderPaymentSummary }
