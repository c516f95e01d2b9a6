import { validateAndTransformQuery } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"

/**
 * For routes that take no query string: any parameter is refused (400 naming
 * it) instead of silently ignored, so a client's typo shows.
 */
export const NoQueryParams = z.object({}).strict()

/** The middleware of a route that takes no query string. */
export const noQuery = validateAndTransformQuery(NoQueryParams, {})

/** For actions whose body carries nothing (cancel, deactivate, mark received): a stray field is refused the same way. */
export const NoBody = z.object({}).strict()
