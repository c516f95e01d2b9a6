import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CATALOG_ENGLISH_LOCALE } from "@cis/contract/catalog-locales"

/** The product texts a reader searches in their own language (Medusa's `q` also reaches variants and options). */
const SEARCHED_FIELDS = ["title", "subtitle", "description"] as const
type SearchedField = (typeof SEARCHED_FIELDS)[number]
type Texts = Partial<Record<SearchedField, string | null>>

const contains = (text: string | null | undefined, needle: string) =>
  typeof text === "string" && text.toLocaleLowerCase().includes(needle)

/** A field's text as the reader sees it: the translation when there is one, else the catalog's English. */
export function matchesInLocale(english: Texts, translated: Texts | undefined, q: string): boolean {
  const needle = q.toLocaleLowerCase()
  return SEARCHED_FIELDS.some((field) => contains(translated?.[field] || english[field], needle))
}

/**
 * Ids of the products whose title, subtitle or description, read in `locale`,
 * contain `q`; undefined when the reader reads the catalog's own language (or
 * the store has no translation module), and Medusa's own `q` applies.
 * A Spanish reader searching "collar" means a necklace: the English shirt
 * "collarless" must not match, so a translated field replaces its English.
 * Candidates come from Medusa's translation module (its `q`, an ILIKE on the
 * translations) and from Medusa's English `q` for fields left untranslated.
 */
export async function productIdsMatchingInLocale(
  scope: MedusaContainer,
  q: string,
  locale: string | undefined
): Promise<string[] | undefined> {
  if (!locale || locale === CATALOG_ENGLISH_LOCALE || !scope.hasRegistration(Modules.TRANSLATION)) return undefined
  const translation = scope.resolve(Modules.TRANSLATION)
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const select = { select: ["reference_id", "translations"] }
  const [translatedHits, { data: englishHits }] = await Promise.all([
    translation.listTranslations({ reference: "product", locale_code: locale, q }, select),
    query.graph({ entity: "product", fields: ["id", ...SEARCHED_FIELDS], filters: { q } }),
  ])
  const candidates = new Set([...translatedHits.map((row) => row.reference_id), ...englishHits.map((row) => row.id as string)])
  if (candidates.size === 0) return []
  const ids = [...candidates]
  const [{ data: english }, translations] = await Promise.all([
    query.graph({ entity: "product", fields: ["id", ...SEARCHED_FIELDS], filters: { id: ids } }),
    translation.listTranslations({ reference: "product", locale_code: locale, reference_id: ids }, select),
  ])
  const translatedOf = new Map(translations.map((row) => [row.reference_id, row.translations as Texts]))
  return english.filter((product) => matchesInLocale(product as Texts, translatedOf.get(product.id as string), q)).map((product) => product.id as string)
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
