import { COOPERATIVE_EDITABLE_FIELDS } from "@cis/contract/cooperative-vocabulary"
import { listQueryConfig } from "../list-page"

/** Everything staff see of a cooperative, private fields included. */
export const defaultAdminCooperativeFields = ["id", ...COOPERATIVE_EDITABLE_FIELDS, "created_at", "updated_at"]

/** A cooperative's products as its page lists them. */
export const adminCooperativeProductFields = [
  "products.id",
  "products.title",
  "products.handle",
  "products.thumbnail",
  "products.status",
]

/**
 * GET /admin/cooperatives, as Medusa's own list routes are configured:
 * `fields` may narrow the defaults, never reach past them, and `order`
 * may name only these fields.
 */
export const listAdminCooperativesQueryConfig = listQueryConfig(defaultAdminCooperativeFields, 20)
