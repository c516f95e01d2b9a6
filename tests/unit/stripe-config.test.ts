import { ConfigError } from "../../src/lib/runtime-config"
import { paymentModules, STRIPE_PROVIDER_ID, stripeSettings } from "../../src/lib/stripe-config"

const strong = { NODE_ENV: "production", JWT_SECRET: "j".repeat(40), COOKIE_SECRET: "c".repeat(40) }

describe("card payments configuration", () => {
  it("is off without a key, and then leaves Medusa's payment module (manual provider only) alone", () => {
    expect(stripeSettings({})).toBeNull()
    expect(stripeSettings({ STRIPE_API_KEY: "  " })).toBeNull()
    expect(paymentModules({ STRIPE_WEBHOOK_SECRET: "whsec_x" })).toEqual([])
  })

  it("is on with a key, capturing automatically unless told otherwise", () => {
    expect(stripeSettings({ STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1" })).toEqual({
      apiKey: "sk_test_1",
      webhookSecret: "whsec_1",
      capture: "automatic",
    })
    expect(stripeSettings({ STRIPE_API_KEY: "sk_test_1", STRIPE_CAPTURE: "manual" })?.capture).toBe("manual")
  })

  it("refuses an unknown capture policy, naming the setting", () => {
    expect(() => stripeSettings({ STRIPE_API_KEY: "sk_test_1", STRIPE_CAPTURE: "later" })).toThrow(/STRIPE_CAPTURE must be automatic or manual, got "later"/)
  })

  it("refuses to start in production with a key but no webhook secret", () => {
    expect(() => stripeSettings({ ...strong, STRIPE_API_KEY: "sk_live_1" })).toThrow(ConfigError)
    expect(() => stripeSettings({ ...strong, STRIPE_API_KEY: "sk_live_1" })).toThrow(/STRIPE_WEBHOOK_SECRET/)
    expect(stripeSettings({ ...strong, STRIPE_API_KEY: "sk_live_1", STRIPE_WEBHOOK_SECRET: "whsec_1" })?.webhookSecret).toBe("whsec_1")
    // Outside production a missing secret is allowed (webhooks are then refused with 400).
    expect(stripeSettings({ STRIPE_API_KEY: "sk_test_1" })?.webhookSecret).toBeUndefined()
  })

  it("registers Medusa's Stripe provider under the id the regions and the webhook path use", () => {
    const [payment] = paymentModules({ STRIPE_API_KEY: "sk_test_1", STRIPE_WEBHOOK_SECRET: "whsec_1", STRIPE_CAPTURE: "manual" })
    expect(payment.resolve).toBe("@medusajs/medusa/payment")
    const [provider] = (payment.options as { providers: { resolve: string; id: string; options: Record<string, unknown> }[] }).providers
    expect(`pp_stripe_${provider.id}`).toBe(STRIPE_PROVIDER_ID)
    expect(provider).toEqual({
      resolve: "@medusajs/medusa/payment-stripe",
      id: "stripe",
      options: { apiKey: "sk_test_1", webhookSecret: "whsec_1", capture: false, automaticPaymentMethods: true },
    })
  })
})
