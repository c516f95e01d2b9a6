/**
 * A card payment's processing fee in the ledger. Pure: the numbers come from
 * the processor's balance transaction, already in integer minor units.
 */
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"

/** The part of a Stripe balance transaction the ledger needs. */
export interface CardBalanceTransaction {
  id: string
  /** What was settled, before the fee, in minor units of `currency`. */
  amount: number
  fee: number
  /** The settlement currency (lowercase), which can differ from the order's. */
  currency: string
}

export class CardFeeError extends Error {
  override name = "CardFeeError"
}

/**
 * The fee as one balanced movement: CIS operations pay it (so no
 * cooperative's share, nor the fund's, is ever reduced by what the card
 * processor keeps) into the card-fees account. Both rows are keyed by the
 * payment, which the ledger allows one fee for. They are in the currency the
 * processor charged the fee in; `base_amount` keeps the settled gross, so the
 * fee rows of a month add up to what the processor paid out.
 */
export function cardFeeEntries(input: { paymentId: string; orderId: string | null; transaction: CardBalanceTransaction }): LedgerEntryDraft[] {
  const { paymentId, orderId, transaction } = input
  for (const [name, value] of [["amount", transaction.amount], ["fee", transaction.fee]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new CardFeeError(`balance transaction ${transaction.id}: ${name} must be a whole number of minor units ≥ 0, got ${value}`)
    }
  }
  if (transaction.fee > transaction.amount) {
    throw new CardFeeError(`balance transaction ${transaction.id}: fee ${transaction.fee} exceeds the amount ${transaction.amount}`)
  }
  if (!/^[a-z]{3}$/.test(transaction.currency)) {
    throw new CardFeeError(`balance transaction ${transaction.id}: "${transaction.currency}" is not a currency code`)
  }
  const row = (account: "cis_operations" | "card_fees", amount: number): LedgerEntryDraft => ({
    account,
    type: "fee",
    source: "card_payment",
    cooperative_id: null,
    order_id: orderId,
    source_line_id: paymentId,
    product_id: null,
    currency_code: transaction.currency,
    amount,
    base_amount: transaction.amount,
    share_bps: 0,
    created_by: "stripe",
    reason: `card processing fee (Stripe ${transaction.id})`,
  })
  // 0 - fee, not -fee: a zero fee stays 0, not -0.
  return [row("cis_operations", 0 - transaction.fee), row("card_fees", transaction.fee)]
}
