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
