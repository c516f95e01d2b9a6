import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stripeSettings } from "../lib/stripe-config"
import { enableCardPaymentsInRegions } from "../workflows/enable-card-payments"

/**
 * `medusa exec ./src/scripts/enable-card-payments.ts`: adds the Stripe provider
 * to every region. `npm start` runs it whenever STRIPE_API_KEY is set; a
 * deployment that starts Medusa another way runs it once after setting the key.
 */
export default async function enableCardPayments({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!stripeSettings(process.env)) {
    logger.info("STRIPE_API_KEY is not set: card payments stay off, regions unchanged.")
    return
  }
  const updated = await enableCardPaymentsInRegions(container)
  logger.info(updated.length ? `Card payments now offered in: ${updated.join(", ")}` : "Card payments were already offered in every region.")
}
