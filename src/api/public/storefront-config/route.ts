import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { STOREFRONT_API_KEY_TITLE } from "../../../lib/storefront-channel"
import { stripeSettings } from "../../../lib/stripe-config"

/**
 * The storefront needs a publishable key before it can call /store routes.
 * Handing it out here means a fresh database works without copying keys into
 * the storefront's build: a publishable key is public by design. A second
 * storefront (Medusa's DTC starter, say) reads the same answer: the key to
 * configure, and the origins STORE_CORS lets call the store from a browser
 * (its own must be among them). Browsers learn those origins from any CORS
 * answer anyway, so saying them here tells nothing new.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const apiKeys = req.scope.resolve(Modules.API_KEY)
  const keys = await apiKeys.listApiKeys(
    { type: "publishable", title: STOREFRONT_API_KEY_TITLE },
    { order: { created_at: "ASC" } }
  )
  const key = keys.find((candidate) => !candidate.revoked_at)
  if (!key) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No publishable key titled "${STOREFRONT_API_KEY_TITLE}": seed the store first (npm start does it on an empty database)`
    )
  }
  // Card payments: Stripe's publishable key is public by design too. Null when cards are off
  // (or the key is missing), so checkout then offers the bank transfer only.
  const stripePublishableKey = stripeSettings(process.env) ? process.env.STRIPE_PUBLISHABLE_KEY?.trim() || null : null
  const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const storeCors = String(projectConfig.http.storeCors ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean)
  res.json({ publishable_key: key.token, stripe_publishable_key: stripePublishableKey, store_cors: storeCors })
}
