import type { MedusaContainer } from "@medusajs/framework/types"
import { createPromotionsWorkflow } from "@medusajs/medusa/core-flows"

/** The slice of the runner's axios instance the helpers use. */
type Api = {
  get: (url: string, config?: object) => Promise<{ data: unknown }>
  post: (url: string, body: unknown, config?: object) => Promise<{ data: unknown }>
}
type Headers = { headers: Record<string, string> }

export type PlaceOrderInput = {
  regionName: string
  countryCode: string
  items: { sku: string; quantity: number }[]
  promoCode?: string
  email?: string
  /** The shipping option whose name starts with this ("Express"); by default the cheapest. */
  shippingOption?: string
  /** The buyer's language as the storefront sends it (es-SV or en-US); Medusa's default when absent. */
  locale?: string
}

/** The order as POST /store/carts/:id/complete returns it (store fields, major units). */
export type PlacedOrder = { id: string; display_id: number; currency_code: string; total: number; [key: string]: unknown }

/**
 * Places an order the way the storefront does, over the store API only, so
 * every workflow, hook and middleware a real checkout runs also runs here.
 * A refused step throws (axios's error, Medusa's message in response.data).
 */
export async function placeOrder(api: Api, store: Headers, input: PlaceOrderInput): Promise<{ order: PlacedOrder; cart_id: string }> {
  const { cart_id: cartId } = await checkoutUntilPayment(api, store, input)
  const completed = (await api.post(`/store/carts/${cartId}/complete`, {}, store)).data as
    | { type: "order"; order: PlacedOrder }
    | { type: "cart"; error: unknown }
  // A payment failure is a 200 with type "cart" and an error (other refusals are 4xx, and axios throws).
  if (completed.type !== "order") throw new Error(`cart ${cartId} did not complete: ${JSON.stringify(completed.error)}`)
  return { order: completed.order, cart_id: cartId }
}

export type PaymentSession = { id: string; provider_id: string; amount: number; data: Record<string, unknown> }

/**
 * Every checkout step up to, not including, completing the cart: the cart,
 * its items, shipping and a payment session with `input.providerId` (the
 * bank transfer by default). Card tests confirm the payment in between.
 */
export async function checkoutUntilPayment(
  api: Api,
  store: Headers,
  input: PlaceOrderInput & { providerId?: string }
): Promise<{ cart_id: string; payment_collection_id: string; session: PaymentSession }> {
  const { regions } = (await api.get("/store/regions?limit=50", store)).data as { regions: { id: string; name: string }[] }
  const region = regions.find((r) => r.name === input.regionName)
  if (!region) throw new Error(`no region named "${input.regionName}"`)

  // The store API has no SKU filter; the catalog is small enough to read whole.
  const { products } = (await api.get("/store/products?limit=200&fields=id,*variants", store)).data as {
    products: { variants: { id: string; sku: string }[] }[]
  }
  const variantBySku = new Map(products.flatMap((p) => p.variants.map((v) => [v.sku, v.id] as const)))

  const address = {
    first_name: "Ana",
    last_name: "Buyer",
    address_1: "1 Test Street",
    city: "Testville",
    postal_code: "10115",
    country_code: input.countryCode,
  }
  // The address goes in at creation so tax lines are computed for the right country from the first item on.
  const { cart } = (
    await api.post(
      "/store/carts",
      {
        region_id: region.id,
        email: input.email ?? "buyer@cis.test",
        shipping_address: address,
        billing_address: address,
        ...(input.locale ? { locale: input.locale } : {}),
      },
      store
    )
  ).data as { cart: { id: string } }
  const cartId = cart.id

  for (const item of input.items) {
    const variantId = variantBySku.get(item.sku)
    if (!variantId) throw new Error(`no variant with SKU ${item.sku}`)
    await api.post(`/store/carts/${cartId}/line-items`, { variant_id: variantId, quantity: item.quantity }, store)
  }

  if (input.promoCode) {
    const { cart: promoted } = (await api.post(`/store/carts/${cartId}/promotions`, { promo_codes: [input.promoCode] }, store))
      .data as { cart: { promotions?: { code?: string }[] } }
    // Medusa answers 200 and silently drops a code whose rules (e.g. currency) do not match the cart.
    const applied = promoted.promotions?.some((p) => p.code === input.promoCode)
    if (!applied) throw new Error(`promotion ${input.promoCode} was not applied to cart ${cartId}`)
  }

  const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cartId}`, store)).data as {
    shipping_options: { id: string; name: string; amount: number }[]
  }
  // The list comes back in no fixed order (Standard and Express swap between runs), so "the first" is chosen, not taken.
  const option = input.shippingOption
    ? shipping_options.find((o) => o.name.startsWith(input.shippingOption!))
    : [...shipping_options].sort((a, b) => a.amount - b.amount)[0]
  if (!option) throw new Error(`no shipping option ${input.shippingOption ?? ""} for a cart to ${input.countryCode}`)
  await api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: option.id }, store)

  // The payment collection must be created after the last change to the cart: its amount is the cart total at that moment.
  const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cartId }, store)).data as {
    payment_collection: { id: string }
  }
  const providerId = input.providerId ?? "pp_system_default"
  const { payment_collection: withSession } = (
    await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: providerId }, store)
  ).data as { payment_collection: { payment_sessions: PaymentSession[] } }
  const session = withSession.payment_sessions.find((s) => s.provider_id === providerId)
  if (!session) throw new Error(`no ${providerId} payment session on cart ${cartId}`)
  return { cart_id: cartId, payment_collection_id: payment_collection.id, session }
}

export type PromotionInput = {
  code: string
  type: "percentage" | "fixed"
  /** Percent (0-100] for "percentage"; major units of `currency_code` for "fixed". */
  value: number
  /** Required for "fixed": Medusa applies a fixed promotion only to carts in this currency. */
  currency_code?: string
  /**
   * "order": one discount over the whole order; Medusa 2.21 forces allocation "across".
   * "items": Medusa requires an allocation; "across" spreads it over all items the same way.
   * Either way the discount lands as line-item adjustments, proportional to each line's
   * subtotal (see @medusajs/promotion utils/compute-actions/line-items.js).
   */
  target: "order" | "items"
  /**
   * Whether a fixed `value` includes tax. Medusa's default, false, takes 5 EUR off the
   * price *before* tax, so a tax-inclusive buyer saves 5 EUR plus its VAT.
   */
  is_tax_inclusive?: boolean
}

/** A code-only (is_automatic false), active, unlimited, rule-free promotion over every item of the cart. */
export async function createPromotion(container: MedusaContainer, input: PromotionInput) {
  if (input.type === "fixed" && !input.currency_code) throw new Error("a fixed promotion needs a currency_code")
  const { result } = await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: input.code,
          type: "standard",
          status: "active",
          is_automatic: false,
          is_tax_inclusive: input.is_tax_inclusive ?? false,
          application_method: {
            type: input.type,
            target_type: input.target,
            allocation: "across",
            value: input.value,
            ...(input.currency_code ? { currency_code: input.currency_code } : {}),
          },
        },
      ],
    },
  })
  return result[0]
}
