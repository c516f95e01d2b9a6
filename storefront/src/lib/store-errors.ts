import { FetchError } from "@medusajs/js-sdk"

/**
 * Medusa refuses a quantity it cannot reserve with "Some variant does not have
 * the required inventory" (400), on adding, updating and completing alike.
 * Cart and checkout both turn it into a sentence about stock.
 */
export function isOutOfStockError(error: unknown): boolean {
  return error instanceof FetchError && error.status === 400 && /inventory/i.test(error.message)
}

/** The store answered that the thing asked for does not exist (or no longer does). */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}
