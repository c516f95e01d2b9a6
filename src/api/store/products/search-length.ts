import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { SEARCH_TEXT_MAX } from "../../bounds"

/**
 * Medusa's /store/products takes a `q` of any length, and each of its words
 * becomes a LIKE pattern over every product: the store caps it at the price
 * order's length (SEARCH_TEXT_MAX), refused in the words Medusa's validator
 * uses there. Anything but text is left to that validator, which refuses it.
 */
export function capSearchLength(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const { q } = req.query as { q?: unknown }
  if (typeof q === "string" && q.trim().length > SEARCH_TEXT_MAX) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid request: Value for field 'q' too big, expected at most: '${SEARCH_TEXT_MAX}'`))
  }
  next()
}
