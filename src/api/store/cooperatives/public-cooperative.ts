import { PUBLIC_COOPERATIVE_FIELDS } from "../../../modules/cooperative/types"

/** What a query for public profiles asks for: the public fields and each product's status. */
export const PUBLIC_COOPERATIVE_QUERY_FIELDS = [...PUBLIC_COOPERATIVE_FIELDS, "products.status"]

type Row = Record<string, unknown> & { products?: ({ status?: string } | null)[] | null }

/**
 * A public profile built field by field from the allow-list, so a field added
 * to the model later stays private until someone decides otherwise.
 */
export function toPublicCooperative(row: Row) {
  const profile: Record<string, unknown> = {}
  for (const field of PUBLIC_COOPERATIVE_FIELDS) profile[field] = row[field] ?? null
  profile.product_count = (row.products ?? []).filter((product) => product?.status === "published").length
  return profile
}

const hasText = (value: unknown) => typeof value === "string" && value.trim() !== ""

/** Listed in the directory: something to buy and a story to read (in either language; the page falls back to the other). */
export function isListed(profile: Record<string, unknown>) {
  return Number(profile.product_count) > 0 && (hasText(profile.story_en) || hasText(profile.story_es))
}
