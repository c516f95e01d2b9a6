import { fromMinorUnits } from "@cis/contract/currency"
import { formatPrice } from "@/lib/format-price"

/** Portal amounts come in integer minor units; the ledger's own conversion makes them exact decimals first. */
export function formatMinor(minor: number | bigint, currencyCode: string, locale: string): string {
  return formatPrice(fromMinorUnits(minor, currencyCode), currencyCode, locale)
}

/** Basis points as a percentage: 7000 is "70 %" (or "70%" in English). */
export function formatShare(bps: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(bps / 10_000)
}

export function formatDate(value: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium" }).format(new Date(value))
}
