import { z } from "@medusajs/framework/zod"

/** The column bounds every validator shares live in the contract, beside the request schemas that use them. */
export { EARLIEST_DATE, INT32_MAX, LATEST_DATE, boundedDate, listOffset } from "@cis/contract/request-bounds"

/** The longest catalog search the store takes: each of its words becomes a LIKE pattern over every product. */
export const SEARCH_TEXT_MAX = 200

/** A catalog search (`q`), within SEARCH_TEXT_MAX characters. */
export const searchText = () => z.string().trim().min(1).max(SEARCH_TEXT_MAX)
