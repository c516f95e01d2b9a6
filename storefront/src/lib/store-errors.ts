import { FetchError } from "@medusajs/js-sdk"

/**
 * Medusa refuses a quantity it cannot reserve with "Some variant does not have
 * the required inventory" (400), on adding, updating and completing alike;
 * when buyers of the last units complete at the same moment, the one who
 * loses the race is told "Not enough stock available for item … at location …"
 * (400, from the reservation itself; measured under load).
 * Cart and checkout both turn either into a sentence about stock.
 */
export function isOutOfStockError(error: unknown): boolean {
  return error instanceof FetchError && error.status === 400 && /inventory|not enough stock/i.test(error.message)
}

/** The store answered that the thing asked for does not exist (or no longer does). */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}
