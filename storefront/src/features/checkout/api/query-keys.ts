export const checkoutKeys = {
  all: ["checkout"] as const,
  carts: () => [...checkoutKeys.all, "cart"] as const,
  cart: (cartId: string) => [...checkoutKeys.carts(), cartId] as const,
  shippingOptionLists: () => [...checkoutKeys.all, "shipping-options"] as const,
  /** The options depend on where the parcel goes and in which currency it is priced. */
  shippingOptions: (cartId: string, regionId: string, countryCode: string) =>
    [...checkoutKeys.shippingOptionLists(), cartId, regionId, countryCode] as const,
  paymentProviders: (regionId: string) => [...checkoutKeys.all, "payment-providers", regionId] as const,
  stripeKey: () => [...checkoutKeys.all, "stripe-key"] as const,
  transferCurrencies: () => [...checkoutKeys.all, "transfer-currencies"] as const,
  cardSessions: () => [...checkoutKeys.all, "card-session"] as const,
  /** A payment intent is for one amount: a cart whose total changed needs a new one. */
  cardSession: (cartId: string, total: number, currency: string) => [...checkoutKeys.cardSessions(), cartId, total, currency] as const,
}
