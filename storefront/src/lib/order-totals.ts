/**
 * The money rows a cart, a checkout and an order confirmation all show.
 * Cart, checkout and orders are separate features, so the arithmetic lives
 * here once; it is integer minor units throughout, as the ledger's is.
 */
import { fromMinorUnits, toMinorUnits } from "@cis/contract/currency"

type Amount = number | string | null | undefined

export interface TotalsSource {
  currency_code: string
  items?: readonly { unit_price: Amount; quantity: number; is_tax_inclusive?: boolean | null }[] | null
  discount_total?: Amount
  discount_subtotal?: Amount
  shipping_total?: Amount
  shipping_subtotal?: Amount
  tax_total?: Amount
  total?: Amount
  shipping_methods?: readonly unknown[] | null
}

/** Major-unit decimal strings, ready for formatPrice. */
export interface TotalsSummary {
  /** Shelf prices include tax (Europe, the UK): tax is then a note, not a row to add. */
  taxInclusive: boolean
  items: string
  /** The amount taken off, positive; null when nothing is. */
  discount: string | null
  /** Null until a shipping method is chosen. */
  shipping: string | null
  tax: string
  total: string
}

function minor(amount: Amount, currency: string): bigint {
  return amount === null || amount === undefined || amount === "" ? 0n : toMinorUnits(amount, currency)
}

/** Unit price times quantity as the buyer reads it on the shelf, exactly. */
export function lineTotal(unitPrice: Amount, quantity: number, currency: string): string {
  return fromMinorUnits(minor(unitPrice, currency) * BigInt(quantity), currency)
}

/**
 * Rows that add up as displayed: with tax-inclusive prices, items - discount +
 * shipping = total and the tax is inside; otherwise the pre-tax discount and
 * shipping are shown and the tax is added on top.
 */
export function summarizeTotals(source: TotalsSource): TotalsSummary {
  const currency = source.currency_code
  const items = source.items ?? []
  const taxInclusive = items.some((item) => item.is_tax_inclusive === true)
  const itemsMinor = items.reduce((sum, item) => sum + minor(item.unit_price, currency) * BigInt(item.quantity), 0n)
  const discount = minor(taxInclusive ? source.discount_total : (source.discount_subtotal ?? source.discount_total), currency)
  const shipping = minor(taxInclusive ? source.shipping_total : (source.shipping_subtotal ?? source.shipping_total), currency)
  const major = (value: bigint) => fromMinorUnits(value, currency)
  return {
    taxInclusive,
    items: major(itemsMinor),
    discount: discount > 0n ? major(discount) : null,
    shipping: (source.shipping_methods?.length ?? 0) > 0 ? major(shipping) : null,
    tax: major(minor(source.tax_total, currency)),
    total: major(minor(source.total, currency)),
  }
}

export type AddressForTax = { country_code?: string | null; postal_code?: string | null; address_1?: string | null } | null | undefined

/**
 * Whether Medusa's tax figure can be shown as one. A region with a single
 * country fills the cart's country by itself, so a country alone proves no
 * address was given: Medusa's zero then only means "not worked out yet" (a US
 * state's sales tax needs the address). Tax is known once the buyer has
 * entered where it goes.
 */
export function taxWorkedOut(address: AddressForTax): boolean {
  return Boolean(address?.country_code && (address.postal_code || address.address_1))
}
