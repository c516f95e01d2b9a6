import { fromMinorUnits } from "@cis/contract/currency"
import { formatPrice } from "@/lib/format-price"

/**
 * The impact figures come in integer minor units. The ledger's own conversion
 * turns them into an exact decimal string (2 digits for USD, 0 for JPY, 3 for
 * BHD) before Intl formats it: no division by a guessed 100.
 */
export function formatMinorUnits(minor: number, currencyCode: string, locale: string): string {
  return formatPrice(fromMinorUnits(minor, currencyCode), currencyCode, locale)
}
