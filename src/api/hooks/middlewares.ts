import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { STRIPE_WEBHOOK_PATH, stripeSettings } from "../../lib/stripe-config"

/** Stripe retries a delivery for up to three days; an id seen within that is a duplicate. */
const SEEN_EVENT_TTL_SECONDS = 3 * 24 * 3600
const seenKey = (eventId: string) => `stripe-webhook-seen:${eventId}`

/**
 * Medusa's webhook route answers 200 to anything and checks the signature
 * later, in a subscriber, after a delay. Stripe's deliveries are checked here
 * instead, before anything is queued: a forged or corrupted call gets 400 at
 * once and changes nothing, and a delivery already accepted (Stripe retries,
 * resends from its dashboard) is acknowledged without being processed twice.
 */
async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const settings = stripeSettings(process.env)
  if (!settings) {
    res.status(404).json({ type: "not_found", message: "Card payments are not enabled on this store." })
    return
  }
  if (!settings.webhookSecret) {
    res.status(400).json({ type: "invalid_data", message: "STRIPE_WEBHOOK_SECRET is not set: webhook deliveries cannot be verified." })
    return
  }
  const signature = req.headers["stripe-signature"]
  const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  let event: Stripe.Event
  try {
    if (typeof signature !== "string" || !rawBody) throw new Error("no Stripe-Signature header or body")
    event = Stripe.webhooks.constructEvent(rawBody, signature, settings.webhookSecret)
  } catch (error) {
    res.status(400).json({ type: "invalid_data", message: `Webhook signature verification failed: ${(error as Error).message}` })
    return
  }
  const cache: ICacheService = req.scope.resolve(Modules.CACHE)
  if (await cache.get(seenKey(event.id))) {
    res.status(200).json({ received: true, duplicate: true })
    return
  }
  // Marked only once Medusa has queued it: a delivery that failed here must stay retryable.
  res.on("finish", () => {
    if (res.statusCode === 200) void cache.set(seenKey(event.id), true, SEEN_EVENT_TTL_SECONDS)
  })
  next()
}

export const hookMiddlewares: MiddlewareRoute[] = [
  // Medusa's own hooks middleware keeps the raw body (bodyParser.preserveRawBody) the signature is computed on.
  { matcher: STRIPE_WEBHOOK_PATH, methods: ["POST"], middlewares: [verifyStripeWebhook] },
]
