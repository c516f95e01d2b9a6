export const checkoutKeys = {
  all: ["checkout"] as const,
  carts: () => [...checkoutKeys.all, "cart"] as const,
  cart: (cartId: string) => [...checkoutKeys.carts(), cartId] as const,
  shippingOptionLists: () => [...checkoutKeys.all, "shipping-options"] as const,
  /** The options depend on where the parcel goes and in which currency it is priced. */
  shippingOptions: (cartId: string, regionId: string, countryCode: string) =>
    [...checkoutKeys.shippingOptionLists(), cartId, regionId, countryCode] as const,
}
