import { splitAmount, type SplitParts } from "@cis/contract/allocation"
import { toMinorUnits } from "@cis/contract/currency"
import { cisOperationsBps, sharesProblem } from "@cis/contract/split-shares"

export interface PriceForSplit {
  calculated_amount?: number | string | null
  calculated_amount_without_tax?: number | string | null
  is_calculated_price_tax_inclusive?: boolean
}

/**
 * The part of a unit's price that is split (major units, as Medusa sends it),
 * or undefined when Medusa did not say how much of a tax-inclusive price is tax.
 */
export function unitNetAmount(price: PriceForSplit | null | undefined): number | string | undefined {
  if (!price) return undefined
  if (price.calculated_amount_without_tax != null) return price.calculated_amount_without_tax
  if (price.is_calculated_price_tax_inclusive === false && price.calculated_amount != null) return price.calculated_amount
  return undefined
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/**
 * `quantity` × a major-unit amount, in minor units, as the ledger records a
 * line. Medusa takes tax out of the whole line (unit price × quantity ÷
 * (1 + rate)) and the ledger rounds that once, so the unit net is multiplied
 * exactly, as a decimal, before rounding: rounding the unit first is off by
 * cents (€10 at 19 % VAT: 5 × 8.40 = 42.00, but the line's net is 42.02).
 */
export function lineAmountMinor(unitAmount: number | string, quantity: number, currency: string): bigint {
  if (!Number.isSafeInteger(quantity) || quantity < 0) throw new RangeError(`quantity must be a whole number, got ${quantity}`)
  const text = typeof unitAmount === "number" ? String(unitAmount) : unitAmount.trim()
  const [match, sign = "", whole = "", fraction = "", exponent = "0"] = DECIMAL.exec(text) ?? []
  if (!match || whole + fraction === "") throw new RangeError(`"${text}" is not a decimal amount`)
  const product = BigInt(whole + fraction) * BigInt(quantity)
  return toMinorUnits(`${sign}${product}e${Number(exponent) - fraction.length}`, currency)
}

export interface MoneySplit {
  /** Integer minor units of the currency; the parts add up to it exactly. */
  net: bigint
  parts: SplitParts
}

export interface SplitInput {
  unitNet: number | string
  quantity: number
  currency: string
  cooperativeBps: number
  communityFundBps: number
}

/** Where the money for `quantity` of a variant goes, split by the ledger's own function. */
export function splitLine({ unitNet, quantity, currency, cooperativeBps, communityFundBps }: SplitInput): MoneySplit {
  const net = lineAmountMinor(unitNet, quantity, currency)
  return { net, parts: splitAmount(net, { cooperative_bps: cooperativeBps, community_fund_bps: communityFundBps }) }
}

export interface PriceBreakdown {
  taxIncluded: boolean
  /** The shelf price (tax included where the region's prices include it), minor units. */
  shelf: { unit: bigint; line: bigint }
  unit: MoneySplit
  /** Split on the line's own net, as the ledger does, not the unit's parts times the quantity. */
  line: MoneySplit
  bps: Record<keyof SplitParts, number>
}

/**
 * Everything "where your money goes" shows, or undefined when it cannot be
 * worked out honestly (tax unknown, shares that cannot stand together, an
 * unknown currency): saying nothing beats showing a wrong split.
 */
export function priceBreakdown(
  price: PriceForSplit & { calculated_amount: number | string; currency_code: string },
  quantity: number,
  shares: { cooperativeBps: number; communityFundBps: number }
): PriceBreakdown | undefined {
  const unitNet = unitNetAmount(price)
  if (unitNet === undefined || sharesProblem(shares.cooperativeBps, shares.communityFundBps)) return undefined
  const currency = price.currency_code
  try {
    const input = { unitNet, currency, ...shares }
    return {
      taxIncluded: price.is_calculated_price_tax_inclusive === true,
      shelf: {
        unit: lineAmountMinor(price.calculated_amount, 1, currency),
        line: lineAmountMinor(price.calculated_amount, quantity, currency),
      },
      unit: splitLine({ ...input, quantity: 1 }),
      line: splitLine({ ...input, quantity }),
      bps: {
        cooperative: shares.cooperativeBps,
        community_fund: shares.communityFundBps,
        cis_operations: cisOperationsBps(shares.cooperativeBps, shares.communityFundBps),
      },
    }
  } catch (error) {
    if (error instanceof RangeError) return undefined
    throw error
  }
}
