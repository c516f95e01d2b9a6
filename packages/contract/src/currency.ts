/**
 * Currencies and the edge between Medusa's major-unit amounts and the
 * project's integer minor units. Every conversion here is string and BigInt
 * arithmetic: 19.99 * 100 is 1998.9999999999998 in floating point, and one
 * lost cent is enough to make the ledger disagree with the storefront.
 */
import { minorToMajor } from "./money"

/**
 * ISO 4217 minor units where ICU (CLDR) says otherwise. CLDR records the
 * digits people *display* (0 where coins have fallen out of use), but ISO
 * 4217 defines the unit payments and Medusa amounts are counted in, so a
 * ledger must follow ISO. `null` marks units of account with no minor unit in
 * ISO 4217: no sale is ever priced in them, so they are refused rather than
 * given ICU's arbitrary 2. Re-derive this table when Node's ICU is upgraded:
 * compare `Intl.supportedValuesOf("currency")` with the ISO 4217 list.
 */
const ISO_WHERE_ICU_DIFFERS: Readonly<Record<string, number | null>> = {
  AFN: 2,
  ALL: 2,
  COP: 2,
  HUF: 2,
  IDR: 2,
  IQD: 3,
  IRR: 2,
  KPW: 2,
  LAK: 2,
  LBP: 2,
  MGA: 2,
  MMK: 2,
  PKR: 2,
  SLL: 2,
  SOS: 2,
  SYP: 2,
  YER: 2,
  XDR: null,
  XSU: null,
}

// Intl formats *any* well-formed code (it would give "ABC" two digits), so
// only its list of supported currencies tells a real code from a typo.
let supported: ReadonlySet<string> | undefined
const digitsCache = new Map<string, number>()

/** The number of minor-unit digits of an ISO 4217 currency, case-insensitive: USD 2, JPY 0, BHD 3. */
export function currencyDigits(code: string): number {
  const upper = typeof code === "string" ? code.toUpperCase() : ""
  const cached = digitsCache.get(upper)
  if (cached !== undefined) return cached
  if (!/^[A-Z]{3}$/.test(upper)) {
    throw new RangeError(`"${String(code)}" is not an ISO 4217 currency code (three letters)`)
  }
  supported ??= new Set(Intl.supportedValuesOf("currency"))
  if (!supported.has(upper)) throw new RangeError(`"${code}" is not a known ISO 4217 currency`)
  const override = ISO_WHERE_ICU_DIFFERS[upper]
  if (override === null) throw new RangeError(`"${code}" has no minor unit in ISO 4217 and cannot price a sale`)
  const digits =
    override ??
    new Intl.NumberFormat("en", { style: "currency", currency: upper }).resolvedOptions().maximumFractionDigits
  if (digits === undefined) throw new RangeError(`Intl gave no minor-unit digits for "${code}"`)
  digitsCache.set(upper, digits)
  return digits
}

// Plain decimals and the exponent form that String(number) and BigNumber
// write for very large or very small values ("1e-7", "1.5e+21").
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

// A cap on scaling *up* so a hostile "1e999999999" cannot make BigInt build a
// gigantic power of ten; no real amount comes anywhere near it.
const MAX_SCALE_UP = 1000

/**
 * Converts a Medusa major-unit amount (24.5, "24.50", "1e-7") into integer
 * minor units of `currency`, exactly.
 *
 * Numbers are read through `String(n)`, their shortest round-trip decimal, so
 * 1.005 is taken as the 1.005 everyone sees and not as the binary
 * 1.00499999999999989... it is stored as.
 *
 * Amounts finer than the currency's minor unit (Medusa carries sub-cent values
 * after tax and discount math) are rounded to the nearest minor unit, halves
 * away from zero: 0.005 USD -> 1, -0.005 USD -> -1. Rounding the magnitude and
 * restoring the sign keeps toMinorUnits(-x) === -toMinorUnits(x), so a refund
 * converts to the exact negation of the sale it reverses.
 */
export function toMinorUnits(amount: number | string, currency: string): bigint {
  const digits = currencyDigits(currency)
  let text: string
  if (typeof amount === "number") {
    if (!Number.isFinite(amount)) throw new RangeError(`amount must be a finite number, got ${amount}`)
    text = String(amount)
  } else if (typeof amount === "string") {
    text = amount
  } else {
    throw new RangeError(`amount must be a number or a decimal string, got ${typeof amount}`)
  }

  const match = DECIMAL.exec(text)
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match ?? []
  if (!match || whole.length + fraction.length === 0) {
    throw new RangeError(`"${text}" is not a decimal amount`)
  }
  const exp = Number(exponent)
  if (!Number.isSafeInteger(exp)) throw new RangeError(`"${text}" has an out-of-range exponent`)

  // value = mantissa * 10^(shift - digits) major units = mantissa * 10^shift minor units.
  const mantissa = BigInt(whole + fraction)
  const shift = digits + exp - fraction.length
  let magnitude: bigint
  if (shift >= 0) {
    if (shift > MAX_SCALE_UP) throw new RangeError(`"${text}" is too large to be an amount`)
    magnitude = mantissa * 10n ** BigInt(shift)
  } else if (-shift > whole.length + fraction.length) {
    // The mantissa has fewer digits than we divide away: under a tenth of a minor unit.
    magnitude = 0n
  } else {
    const divisor = 10n ** BigInt(-shift)
    magnitude = mantissa / divisor
    if ((mantissa % divisor) * 2n >= divisor) magnitude += 1n
  }
  return sign === "-" ? -magnitude : magnitude
}

/** Writes integer minor units of `currency` as a decimal string in major units: (2450n, "usd") -> "24.50". */
export function fromMinorUnits(minor: bigint | number, currency: string): string {
  return minorToMajor(minor, currencyDigits(currency))
}
