import Stripe from "stripe"
import type { CardBalanceTransaction } from "../../lib/card-fee"
import { stripeSettings } from "../../lib/stripe-config"

let client: { key: string; stripe: Stripe } | undefined

/** One client per key; Stripe's own retries cover a dropped connection. */
function stripeClient(): Stripe | null {
  const settings = stripeSettings(process.env)
  if (!settings) return null
  if (client?.key !== settings.apiKey) client = { key: settings.apiKey, stripe: new Stripe(settings.apiKey, { maxNetworkRetries: 2 }) }
  return client.stripe
}

/**
 * The balance transaction of a payment intent's charge: what Stripe settled
 * and the fee it kept. Null while Stripe has not settled the charge yet (the
 * capture is pending or the intent never succeeded); the job tries again later.
 */
export async function balanceTransactionOf(paymentIntentId: string): Promise<CardBalanceTransaction | null> {
  const stripe = stripeClient()
  if (!stripe) throw new Error("STRIPE_API_KEY is not set: card fees cannot be looked up")
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge.balance_transaction"] })
  const charge = intent.latest_charge
  if (!charge || typeof charge === "string") return null
  const transaction = charge.balance_transaction
  if (!transaction || typeof transaction === "string") return null
  return { id: transaction.id, amount: transaction.amount, fee: transaction.fee, currency: transaction.currency }
}
