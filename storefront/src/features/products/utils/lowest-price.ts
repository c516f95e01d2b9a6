interface PricedVariant {
  calculated_price?: {
    calculated_amount?: number | string | null
    currency_code?: string | null
  } | null
}

export interface Price {
  amount: number
  currencyCode: string
}

/** The "from" price of a product: its cheapest variant that has a price in the region. */
export function lowestPrice(variants: readonly PricedVariant[] | null | undefined): Price | undefined {
  let lowest: Price | undefined
  for (const variant of variants ?? []) {
    const { calculated_amount, currency_code } = variant.calculated_price ?? {}
    if (calculated_amount == null || calculated_amount === "" || !currency_code) continue
    const amount = Number(calculated_amount)
    if (Number.isFinite(amount) && (lowest === undefined || amount < lowest.amount)) {
      lowest = { amount, currencyCode: currency_code }
    }
  }
  return lowest
}
