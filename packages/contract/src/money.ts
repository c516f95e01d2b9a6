/**
 * Money helpers. Medusa stores amounts in major units (10.5 = 10.50); the
 * project keeps its own figures in integer minor units and converts at the
 * edge with string arithmetic, so no amount ever passes through a float.
 */

/** Writes an integer amount of minor units as a decimal string in major units: 2450 -> "24.50". */
export function minorToMajor(minor: number | bigint, digits = 2): string {
  if (typeof minor === "number" && !Number.isSafeInteger(minor)) {
    throw new RangeError(`minor units must be a safe integer, got ${minor}`)
  }
  if (!Number.isInteger(digits) || digits < 0) {
    throw new RangeError(`digits must be a non-negative integer, got ${digits}`)
  }
  const value = BigInt(minor)
  const sign = value < 0n ? "-" : ""
  const abs = (value < 0n ? -value : value).toString()
  if (digits === 0) return sign + abs
  const padded = abs.padStart(digits + 1, "0")
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`
}
