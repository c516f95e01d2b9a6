/**
 * Which of a price set's applicable prices is its "calculated price": the
 * rule Medusa's pricing module applies after its price query
 * (`calculatePrices` in @medusajs/pricing's pricing-module service, 2.21.2),
 * kept here on its own so the price order can read the same amounts from that
 * one query without the module's two further statements (price rules and
 * price preferences, which only decide whether a price includes tax).
 *
 * The rows come from the pricing repository's query, which already keeps only
 * prices whose rules and price lists match the context, ordered price-list
 * prices first, then most rules first, then cheapest first. An integration
 * test compares the result with the module's own `calculatePrices` on sale and
 * override price lists, so a Medusa upgrade that changes the rule shows there.
 */

export interface ApplicablePrice {
  price_set_id: string
  /** numeric column as the driver returns it (a string), or a number. */
  amount: string | number | null
  price_list_id: string | null
  price_list_type: string | null
}

const amountOf = (price: ApplicablePrice | undefined): number | null =>
  price?.amount === null || price?.amount === undefined || price.amount === "" ? null : Number(price.amount)

/** The calculated amount of each price set that has one (sets without an applicable price are absent, as in Medusa). */
export function calculatedAmounts(rows: readonly ApplicablePrice[]): Map<string, number | null> {
  const bySet = new Map<string, ApplicablePrice[]>()
  for (const row of rows) {
    const prices = bySet.get(row.price_set_id)
    if (prices) prices.push(row)
    else bySet.set(row.price_set_id, [row])
  }
  const amounts = new Map<string, number | null>()
  for (const [priceSetId, prices] of bySet) {
    const listPrice = prices.find((price) => price.price_list_id)
    const defaultPrice = prices.find((price) => !price.price_list_id)
    let calculated = defaultPrice
    if (listPrice?.price_list_type === "override") calculated = listPrice
    else if (listPrice?.price_list_type === "sale") {
      const list = amountOf(listPrice)
      const base = amountOf(defaultPrice)
      // Medusa compares only when both amounts are truthy; otherwise the sale price stands.
      calculated = list && base ? (list <= base ? listPrice : defaultPrice) : listPrice
    }
    amounts.set(priceSetId, amountOf(calculated))
  }
  return amounts
}
