import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOG_ENGLISH_LOCALE } from "@cis/contract/catalog-locales"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: { id: string }[] }> }

/** `q` as a LIKE pattern for "contains": its own %, _ and backslash are plain characters. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/**
 * Ids of the products a reader of `locale` finds with `q`: what Medusa's own
 * `q` looks at (title, subtitle, description; the variants' titles, SKUs,
 * barcodes, EAN and UPC), each text as that reader reads it (a translated
 * field replaces its English: a Spanish "collar" is a necklace, not the
 * collarless shirt), ignoring case and accents ("algodon" finds "algodón" and
 * the reverse: people type Spanish without them on phones and English
 * keyboards). Undefined when the reader reads the catalog's own language (or
 * the store has no translation module), and Medusa's own `q` applies.
 * One statement over the product and translation tables, with PostgreSQL's
 * unaccent (created by the cooperative module's migrations).
 */
export async function productIdsMatchingInLocale(
  scope: MedusaContainer,
  q: string,
  locale: string | undefined
): Promise<string[] | undefined> {
  if (!locale || locale === CATALOG_ENGLISH_LOCALE || !scope.hasRegistration(Modules.TRANSLATION)) return undefined
  const knex: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const folded = (text: string) => `unaccent(lower(coalesce(${text}, '')))`
  const read = (alias: string, field: string, english: string) => folded(`nullif(${alias}.translations->>'${field}', ''), ${english}`)
  const { rows } = await knex.raw(
    `WITH asked AS (SELECT unaccent(lower(?)) AS pattern, ?::text AS locale)
     SELECT p.id
       FROM asked
      CROSS JOIN product p
       LEFT JOIN translation tp
         ON tp.reference = 'product' AND tp.reference_id = p.id AND tp.deleted_at IS NULL AND tp.locale_code = asked.locale
      WHERE p.deleted_at IS NULL
        AND (${read("tp", "title", "p.title")} LIKE asked.pattern
          OR ${read("tp", "subtitle", "p.subtitle")} LIKE asked.pattern
          OR ${read("tp", "description", "p.description")} LIKE asked.pattern
          OR EXISTS (
            SELECT 1 FROM product_variant v
              LEFT JOIN translation tv
                ON tv.reference = 'product_variant' AND tv.reference_id = v.id AND tv.deleted_at IS NULL AND tv.locale_code = asked.locale
             WHERE v.product_id = p.id AND v.deleted_at IS NULL
               AND (${read("tv", "title", "v.title")} LIKE asked.pattern
                 OR ${folded("v.sku")} LIKE asked.pattern
                 OR ${folded("v.barcode")} LIKE asked.pattern
                 OR ${folded("v.ean")} LIKE asked.pattern
                 OR ${folded("v.upc")} LIKE asked.pattern)))`,
    [containsPattern(q), locale]
  )
  return rows.map((row) => row.id)
}

/**
 * Runs after Medusa validated /store/products: a reader in another language
 * than the catalog's searches the texts they read. The `q` becomes an id filter,
 * so Medusa's pagination, count and other filters stay as they are.
 */
export async function searchInReadersLanguage(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const filters = req.filterableFields as Record<string, unknown>
  if (typeof filters.q !== "string" || !filters.q) return next()
  const ids = await productIdsMatchingInLocale(req.scope, filters.q, req.locale)
  if (ids) {
    delete filters.q
    filters.$and = [...((filters.$and as unknown[]) ?? []), { id: { $in: ids } }]
  }
  next()
}
