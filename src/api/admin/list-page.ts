import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { pageParams } from "../bounds"

/**
 * What every admin list takes before its own filters: Medusa's `fields`, a
 * `limit` from 1 to `max` and an `offset` within what PostgreSQL's OFFSET
 * takes (Medusa's createFindParams bounds neither, and takes an `order` these
 * lists do not offer).
 */
export const listPageParams = (page: { limit: number; max: number }) => createSelectParams().extend(pageParams(page))

/** What an admin list's validator leaves after `fields`: its page. */
export type ListPageQuery = { limit: number; offset: number }

/**
 * One page of a module's rows for an admin list, as Medusa's own list routes
 * read them: the fields Medusa worked out from `?fields` and the route's
 * query-config.ts (narrower than the defaults at most), the page from
 * `limit`/`offset`, the route's own order, and the total. A route that
 * answers a field that is not a column passes the columns it reads instead.
 */
export async function listPage<Row>(
  req: AuthenticatedMedusaRequest<unknown, ListPageQuery>,
  entity: string,
  filters: Record<string, unknown>,
  order: Record<string, "ASC" | "DESC">,
  fields: string[] = req.queryConfig.fields
) {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({ entity, fields, filters, pagination: { skip: offset, take: limit, order } })
  return { rows: data as Row[], count: metadata?.count ?? data.length, limit, offset }
}

/** The query-config of an admin list whose answer is the contract's rows: `fields` may narrow them, never reach past them. */
export const listQueryConfig = (fields: string[], defaultLimit: number) => ({ defaults: fields, allowed: fields, defaultLimit, isList: true })
