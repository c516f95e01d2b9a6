/**
 * Exact decimals for the few places that must add Medusa's raw amounts before
 * rounding them (a line's net and tax, an order's captures). Medusa keeps
 * BigNumber values with many decimals ("33.3333333333333333"); adding them as
 * floats or rounding each one first is how a ledger drifts a cent from what
 * the buyer paid. Pure BigInt arithmetic, no floats anywhere.
 */
import { allocateByWeights } from "@cis/contract/allocation"

/** value = units / 10^scale */
export interface Exact {
  units: bigint
  scale: number
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/
// A hostile "1e99999" must not build a gigantic power of ten; real amounts stay far below.
const MAX_SCALE = 60

/** Reads "12.50", "-0.005", "1e-7" or a JavaScript number exactly (numbers through their shortest decimal). */
export function parseExact(value: string | number): Exact {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : String(value)
  const match = DECIMAL.exec(text.trim())
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match ?? []
  if (!match || whole.length + fraction.length === 0) throw new RangeError(`"${text}" is not a decimal amount`)
  const exp = Number(exponent)
  let units = BigInt(whole + fraction)
  let scale = fraction.length - exp
  if (!Number.isSafeInteger(scale) || Math.abs(scale) > MAX_SCALE) throw new RangeError(`"${text}" is out of range for an amount`)
  if (scale < 0) {
    units *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { units: sign === "-" ? -units : units, scale }
}

function atScale(value: Exact, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale)
}

/** The exact sum of decimals. */
export function sumExact(values: readonly Exact[]): Exact {
  const scale = values.reduce((max, v) => Math.max(max, v.scale), 0)
  return { units: values.reduce((sum, v) => sum + atScale(v, scale), 0n), scale }
}

/** a × b / c rounded half up, for non-negative a, b and positive c. */
export function mulDivHalfUp(a: bigint, b: bigint, c: bigint): bigint {
  if (a < 0n || b < 0n || c <= 0n) throw new RangeError(`mulDivHalfUp takes non-negative a, b and a positive c, got ${a}, ${b}, ${c}`)
  return (2n * a * b + c) / (2n * c)
}

/** An exact decimal in integer minor units with `digits` decimals, halves away from zero (as toMinorUnits). */
export function roundExact(value: Exact, digits: number): bigint {
  const magnitude = value.units < 0n ? -value.units : value.units
  const shift = value.scale - digits
  const rounded = shift <= 0 ? magnitude * 10n ** BigInt(-shift) : mulDivHalfUp(magnitude, 1n, 10n ** BigInt(shift))
  return value.units < 0n ? -rounded : rounded
}

/**
 * Rounds several non-negative amounts to minor units *together*: the parts
 * add up to the rounded exact sum (largest remainder), so a line's net plus
 * its tax plus the others equals what the buyer was charged for the whole,
 * whereas rounding each part alone can miss it by a unit or two.
 */
export function roundJointly(values: readonly Exact[], digits: number): bigint[] {
  return allocateExact(values, roundExact(sumExact(values), digits))
}

/**
 * Splits a whole number of minor units over non-negative exact amounts in
 * proportion to them (largest remainder): e.g. an order's rounded tax over
 * its lines' exact taxes, so the lines' taxes add up to it exactly.
 */
export function allocateExact(values: readonly Exact[], total: bigint): bigint[] {
  if (!values.length) return []
  for (const value of values) {
    if (value.units < 0n) throw new RangeError("allocateExact takes non-negative amounts")
  }
  const scale = values.reduce((max, v) => Math.max(max, v.scale), 0)
  const weights = values.map((v) => atScale(v, scale))
  if (weights.every((w) => w === 0n)) {
    if (total !== 0n) throw new RangeError(`cannot allocate ${total} over amounts that are all zero`)
    return values.map(() => 0n)
  }
  return allocateByWeights(total, weights)
}
