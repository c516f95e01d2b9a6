/**
 * Card payments with Medusa's own Stripe provider: on when STRIPE_API_KEY is
 * set, off otherwise (checkout then offers the manual bank transfer only).
 * Pure: reads the environment it is given, imports nothing from Medusa.
 */
import { ConfigError, isProduction, type Env, type ModuleConfig } from "./runtime-config"

/** Medusa registers the provider as `pp_<identifier>_<id>`: "stripe" + "stripe". */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"
export const STRIPE_WEBHOOK_PATH = "/hooks/payment/stripe_stripe"

export type CapturePolicy = "automatic" | "manual"

export interface StripeSettings {
  apiKey: string
  /** Verifies that webhook deliveries come from Stripe; without it none can be trusted. */
  webhookSecret: string | undefined
  capture: CapturePolicy
}

export function stripeSettings(env: Env): StripeSettings | null {
  const apiKey = env.STRIPE_API_KEY?.trim()
  if (!apiKey) return null
  const capture = (env.STRIPE_CAPTURE?.trim() || "automatic") as CapturePolicy
  if (capture !== "automatic" && capture !== "manual") {
    throw new ConfigError(`STRIPE_CAPTURE must be automatic or manual, got "${env.STRIPE_CAPTURE}"`)
  }
  const webhookSecret = env.STRIPE_WEBHOOK_SECRET?.trim() || undefined
  // A store taking cards without verified webhooks would leave 3-D Secure and
  // delayed payments pending forever, or trust forged "payment succeeded" calls.
  if (!webhookSecret && isProduction(env)) {
    throw new ConfigError("Refusing to start with NODE_ENV=production: STRIPE_API_KEY is set but STRIPE_WEBHOOK_SECRET is not.")
  }
  return { apiKey, webhookSecret, capture }
}

/**
 * The payment module with the Stripe provider beside the built-in manual one
 * (`pp_system_default`, which Medusa always registers), or nothing: without a
 * key Medusa's default payment module stands unchanged.
 */
export function paymentModules(env: Env): ModuleConfig[] {
  const stripe = stripeSettings(env)
  if (!stripe) return []
  return [
    {
      resolve: "@medusajs/medusa/payment",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/payment-stripe",
            id: "stripe",
            options: {
              apiKey: stripe.apiKey,
              webhookSecret: stripe.webhookSecret,
              capture: stripe.capture === "automatic",
              // The Payment Element offers the methods enabled in the Stripe dashboard.
              automaticPaymentMethods: true,
            },
          },
        ],
      },
    },
  ]
}
