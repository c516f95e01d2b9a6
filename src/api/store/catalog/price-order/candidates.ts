import type { MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { foundInEnglishCondition, foundInLocaleCondition, searchesTranslations } from "../../products/translated-search"
import type { StoreGetPriceOrderParamsType } from "./validators"

type Row = { currency_code: string; product_id: string | null; price_set_id: string | null }
type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Row[] }> }

export type Candidates = {
  /** Null when the region does not exist. */
  currencyCode: string | null
  /** Each candidate product's variants' price sets (none for a product without variants). */
  priceSets: Map<string, string[]>
}

/**
 * The region's currency and every published product in the publishable key's
 * sales channels (narrowed to the asked cooperatives, categories and `q`, in
 * the reader's language as /store/products searches), with its variants' price sets,
 * in one SQL statement: query.graph took one statement per table on the way
 * (region, channel links, cooperatives, cooperative links, products,
 * variants, price set links, price sets). Only live rows, as query.graph
 * reads them. A paused cooperative's products are out of every sales channel
 * while it is paused, so the channel condition leaves them out. Categories as
 * /store/products filters them: active, not internal.
 */
export async function priceOrderCandidates(
  req: MedusaStoreRequest<unknown, StoreGetPriceOrderParamsType>,
  salesChannelIds: string[]
): Promise<Candidates> {
  const { region_id, cooperative_id, producer_group, department, category_id, q } = req.validatedQuery
  const bindings: unknown[] = [salesChannelIds]
  let cooperativeCondition = ""
  if (cooperative_id || producer_group || department) {
    const where = [`c.deleted_at IS NULL`, `c.status = 'active'`]
    const when = (condition: string, value: unknown) => {
      where.push(condition)
      bindings.push(value)
    }
    if (cooperative_id) when(`c.id = ?`, cooperative_id)
    if (producer_group) when(`c.producer_groups @> ARRAY[?]::text[]`, producer_group)
    if (department) when(`c.department = ?`, department)
    cooperativeCondition = `AND EXISTS (SELECT 1 FROM product_product_cooperative_cooperative l
                                         JOIN cooperative c ON c.id = l.cooperative_id
                                        WHERE l.product_id = p.id AND l.deleted_at IS NULL AND ${where.join(" AND ")})`
  }
  let categoryCondition = ""
  if (category_id) {
    categoryCondition = `AND EXISTS (SELECT 1 FROM product_category_product pcp
                                      JOIN product_category pc ON pc.id = pcp.product_category_id
                                     WHERE pcp.product_id = p.id AND pc.id = ANY(?::text[]) AND pc.deleted_at IS NULL
                                       AND pc.is_active = true AND pc.is_internal = false)`
    bindings.push([category_id].flat())
  }
  let searchCondition = ""
  if (q) {
    const found = searchesTranslations(req.scope, req.locale) ? foundInLocaleCondition(q, req.locale) : foundInEnglishCondition(q)
    searchCondition = `AND ${found.sql}`
    bindings.push(...found.bindings)
  }
  bindings.push(region_id)
  const knex: Knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT r.currency_code, p.id AS product_id, ps.id AS price_set_id
       FROM region r
       LEFT JOIN LATERAL (
         SELECT p.id FROM product p
          WHERE p.deleted_at IS NULL AND p.status = 'published'
            AND EXISTS (SELECT 1 FROM product_sales_channel psc
                         WHERE psc.product_id = p.id AND psc.deleted_at IS NULL AND psc.sales_channel_id = ANY(?::text[]))
            ${cooperativeCondition}
            ${categoryCondition}
            ${searchCondition}
       ) p ON true
       LEFT JOIN product_variant v ON v.product_id = p.id AND v.deleted_at IS NULL
       LEFT JOIN product_variant_price_set vps ON vps.variant_id = v.id AND vps.deleted_at IS NULL
       LEFT JOIN price_set ps ON ps.id = vps.price_set_id AND ps.deleted_at IS NULL
      WHERE r.id = ? AND r.deleted_at IS NULL`,
    bindings
  )
  const priceSets = new Map<string, string[]>()
  for (const row of rows) {
    if (!row.product_id) continue
    const sets = priceSets.get(row.product_id) ?? []
    if (row.price_set_id) sets.push(row.price_set_id)
    priceSets.set(row.product_id, sets)
  }
  return { currencyCode: rows[0]?.currency_code ?? null, priceSets }
}
