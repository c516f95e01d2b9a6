export const cartKeys = {
  all: ["cart"] as const,
  details: () => [...cartKeys.all, "detail"] as const,
  detail: (cartId: string) => [...cartKeys.details(), cartId] as const,
  products: (productIds: readonly string[]) => [...cartKeys.all, "products", productIds] as const,
}
