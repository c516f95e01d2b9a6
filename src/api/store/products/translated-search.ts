import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOG_ENGLISH_LOCALE } from "@cis/contract/catalog-locales"

type Knex = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: { id: string }[] }> }

/** `q` as a LIKE pattern for "contains": its own %, _ and backslash are plain characters. */
export const containsPattern = (q: string) => `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`

/** Whether a reader of `locale` searches the catalog's translations (not its own English, where Medusa's `q` applies). */
export const searchesTranslations = (scope: MedusaContainer, locale: string | undefined): locale is string =>
  !!locale && locale !== CATALOG_ENGLISH_LOCALE && scope.hasRegistration(Modules.TRANSLATION)

/**
 * The condition "product `p` is found with `q` by a reader of `locale`", as
 * SQL over the product alias `p` with its bindings: what Medusa's own `q`
 * looks at (title, subtitle, description; the variants' titles, SKUs,
 * barcodes, EAN and UPC), each text as that reader reads it (a translated
 * field replaces its English: a Spanish "collar" is a necklace, not the
 * collarless shirt), ignoring case and accents ("algodon" finds "algodón" and
 * the reverse: people type Spanish without them on phones and English
 * keyboards). Uses PostgreSQL's unaccent (created by the cooperative module's
 * migrations). The price order puts it inside its own statement.
 */
export function foundInLocaleCondition(q: string, locale: string): { sql: string; bindings: unknown[] } {
  const folded = (text: string) => `unaccent(lower(coalesce(${text}, '')))`
  const read = (alias: string, field: string, english: string) => folded(`nullif(${alias}.translations->>'${field}', ''), ${english}`)
  const pattern = `unaccent(lower(?::text))`
  const sql = `EXISTS (
      SELECT 1 FROM (SELECT ${pattern} AS pattern, ?::text AS locale) asked
        LEFT JOIN translation tp
          ON tp.reference = 'product' AND tp.reference_id = p.id AND tp.deleted_at IS NULL AND tp.locale_code = asked.locale
       WHERE ${read("tp", "title", "p.title")} LIKE asked.pattern
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
                 OR ${folded("v.upc")} LIKE asked.pattern)))`
  return { sql, bindings: [containsPattern(q), locale] }
}

/**
 * The condition "product `p` is found with `q`" as Medusa's own free-text
 * filter builds it for the product module (@medusajs/utils
 * mikro-orm-free-text-search-filter, 2.21.2): every whitespace-separated word
 * must be in (ILIKE %word%, the word's own % and _ left as wildcards, as
 * there) the product's title, subtitle or description, or a live variant's
 * title, SKU, barcode, EAN or UPC: the fields the product and variant models
 * mark searchable. The price order puts it inside its own statement; an
 * integration test compares its finds with /store/products?q=.
 */
export function foundInEnglishCondition(q: string): { sql: string; bindings: unknown[] } {
  const words = q.split(/\s+/).filter(Boolean)
  const one = `(p.title ILIKE ? OR p.subtitle ILIKE ? OR p.description ILIKE ?
      OR EXISTS (SELECT 1 FROM product_variant v
                  WHERE v.product_id = p.id AND v.deleted_at IS NULL
                    AND (v.title ILIKE ? OR v.sku ILIKE ? OR v.barcode ILIKE ? OR v.ean ILIKE ? OR v.upc ILIKE ?)))`
  return {
    sql: words.length ? words.map(() => one).join(" AND ") : "true",
    bindings: words.flatMap((word) => Array<string>(8).fill(`%${word}%`)),
  }
}

/**
 * Ids of the products a reader of `locale` finds with `q` (foundInLocaleCondition),
 * in one statement. Undefined when the reader reads the catalog's own language
 * (or the store has no translation module), and Medusa's own `q` applies.
 */
export async function productIdsMatchingInLocale(
  scope: MedusaContainer,
  q: string,
  locale: string | undefined
): Promise<string[] | undefined> {
  if (!searchesTranslations(scope, locale)) return undefined
  const knex: Knex = scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const found = foundInLocaleCondition(q, locale)
  const { rows } = await knex.raw(`SELECT p.id FROM product p WHERE p.deleted_at IS NULL AND ${found.sql}`, found.bindings)
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
