/** What was typed as a new count: a whole number of pieces, or null when it is not one. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{1,7}$/.test(trimmed)) return null
  return Number(trimmed)
}

/**
 * The backend refuses a count below the reservations with
 * "quantity: N are reserved ..."; N is the floor to explain.
 */
export function reservedFloor(message: string): number | null {
  const match = /quantity: (\d+) are reserved/.exec(message)
  return match?.[1] === undefined ? null : Number(match[1])
}
