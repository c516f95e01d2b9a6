/** `{ product_id: [sales_channel_id] }`: what a paused cooperative's products were taken out of. */
export type WithheldChannels = Record<string, string[]>

export type SalePlan = {
  /** Product-channel pairs to take out of sale now. */
  withdraw: { product_id: string; sales_channel_id: string }[]
  /** Pairs to put back on sale now. */
  restore: { product_id: string; sales_channel_id: string }[]
  /** What the cooperative keeps recorded afterwards (null: nothing). */
  withheld: WithheldChannels | null
}

/**
 * Brings a cooperative's products in line with its status, by Medusa's own
 * mechanism (the products' sales channels), so every store route and client
 * obeys. Paused: each of its products leaves every sales channel it is in,
 * and the channels are recorded; a product that left the cooperative gets
 * its recorded channels back. Active: every recorded channel comes back.
 * Running it twice changes nothing the second time.
 */
export function planSale(
  status: string,
  products: { id: string; sales_channel_ids: string[] }[],
  withheld: WithheldChannels | null | undefined
): SalePlan {
  const recorded = withheld ?? {}
  const current = new Map(products.map((product) => [product.id, new Set(product.sales_channel_ids)]))
  const pairs = (productId: string, channels: Iterable<string>) => [...channels].map((sales_channel_id) => ({ product_id: productId, sales_channel_id }))
  const restoreFor = (productId: string) => pairs(productId, (recorded[productId] ?? []).filter((channel) => !current.get(productId)?.has(channel)))
  if (status !== "paused") {
    return { withdraw: [], restore: Object.keys(recorded).flatMap(restoreFor), withheld: null }
  }
  const next: WithheldChannels = {}
  const withdraw = products.flatMap((product) => pairs(product.id, product.sales_channel_ids))
  for (const product of products) {
    const channels = [...new Set([...(recorded[product.id] ?? []), ...product.sales_channel_ids])].sort()
    if (channels.length) next[product.id] = channels
  }
  const gone = Object.keys(recorded).filter((productId) => !current.has(productId))
  return { withdraw, restore: gone.flatMap(restoreFor), withheld: Object.keys(next).length ? next : null }
}
