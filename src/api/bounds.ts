import { z } from "@medusajs/framework/zod"

/** The column bounds every validator shares live in the contract, beside the request schemas that use them. */
import { listOffset } from "@cis/contract/request-bounds"

/** A list's page, for a schema's shape: `limit` from 1 to `max` (`limit` by default), `offset` within PostgreSQL's OFFSET. */
export const pageParams = ({ limit, max }: { limit: number; max: number }) => ({
  limit: z.coerce.number().int().min(1).max(max).default(limit),
  offset: listOffset(),
})

/** The longest catalog search the store takes: each of its words becomes a LIKE pattern over every product. */
export const SEARCH_TEXT_MAX = 200

/** A catalog search (`q`), within SEARCH_TEXT_MAX characters. */
export const searchText = () => z.string().trim().min(1).max(SEARCH_TEXT_MAX)
