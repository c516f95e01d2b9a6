/**
 * Medusa v2 returns amounts in major units (24.5 means 24.50), sometimes as
 * numeric strings, so there is no division by 100 here: Intl picks the
 * currency's own number of decimals (2 for USD, 0 for JPY).
 */
export function formatPrice(amount: number | string, currencyCode: string, locale?: string): string {
  const value = typeof amount === "string" && amount.trim() !== "" ? Number(amount) : amount
  if (typeof value !== "number" || !Number.isFinite(value)) {
    throw new RangeError(`Not an amount: ${JSON.stringify(amount)}`)
  }
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(value)
}
