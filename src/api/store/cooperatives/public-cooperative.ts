import type { MedusaRequest } from "@medusajs/framework/http"
import type { StoreCooperative } from "@cis/contract/cooperative"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_COOPERATIVE_FIELDS } from "../../../modules/cooperative/types"

type Row = Record<string, unknown> & { product_count: number }
type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Row[] }> }

/**
 * Public profiles with the number of published crafts of each, in one SQL
 * statement (the store's budget is 2 per request; query.graph through the
 * product link took three: cooperatives, link rows, products). It reads the
 * tables query.graph read, with the same rules: only live rows of the
 * cooperative, of Medusa's link table (src/links/product-cooperative.ts) and
 * of the product. The crafts come in the reader's language from Medusa's
 * translation module (its `translation` table, reference `cooperative`),
 * English where none is written, as query.graph's `locale` would give them.
 */
export async function publicCooperatives(
  req: MedusaRequest,
  filters: { handle?: string; department?: string; producer_group?: string }
): Promise<StoreCooperative[]> {
  const where = [`c.deleted_at IS NULL`, `c.status = 'active'`]
  const bindings: unknown[] = []
  const when = (condition: string, value: unknown) => {
    where.push(condition)
    bindings.push(value)
  }
  if (filters.handle !== undefined) when(`c.handle = ?`, filters.handle)
  if (filters.department) when(`c.department = ?`, filters.department)
  if (filters.producer_group) when(`c.producer_groups @> ARRAY[?]::text[]`, filters.producer_group)
  const columns = PUBLIC_COOPERATIVE_FIELDS.map((field) => `c.${field}`).join(", ")
  const knex: Knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT ${columns},
            (SELECT t.translations->'crafts'
               FROM translation t
              WHERE t.reference = 'cooperative' AND t.reference_id = c.id AND t.locale_code = ? AND t.deleted_at IS NULL
              LIMIT 1) AS crafts_in_locale,
            (SELECT count(*)::int
               FROM product_product_cooperative_cooperative l
               JOIN product p ON p.id = l.product_id AND p.deleted_at IS NULL
              WHERE l.cooperative_id = c.id AND l.deleted_at IS NULL AND p.status = 'published') AS product_count
       FROM cooperative c
      WHERE ${where.join(" AND ")}
      ORDER BY c.name ASC, c.id ASC`,
    [req.locale ?? "", ...bindings]
  )
  return rows.map(toPublicCooperative)
}

/**
 * A public profile built field by field from the allow-list, so a field added
 * to the model later stays private until someone decides otherwise.
 */
export function toPublicCooperative(row: Row): StoreCooperative {
  const profile: Record<string, unknown> = {}
  for (const field of PUBLIC_COOPERATIVE_FIELDS) profile[field] = row[field] ?? null
  if (Array.isArray(row.crafts_in_locale) && row.crafts_in_locale.length) profile.crafts = row.crafts_in_locale
  profile.product_count = row.product_count
  // Every field of the allow-list, which is what the contract's StoreCooperative is made of.
  return profile as StoreCooperative
}

const hasText = (value: unknown) => typeof value === "string" && value.trim() !== ""

/** Listed in the directory: something to buy and a story to read (in either language; the page falls back to the other). */
export function isListed(profile: Record<string, unknown>) {
  return Number(profile.product_count) > 0 && (hasText(profile.story_en) || hasText(profile.story_es))
}
