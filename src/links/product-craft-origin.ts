import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import CooperativeModule from "../modules/cooperative"

/**
 * The product's craft origin, read through the product_id it stores: no link
 * table, and the origin's unique index keeps it to one per product.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, field: "id" },
  { ...CooperativeModule.linkable.craftOrigin.id, primaryKey: "product_id" },
  { readOnly: true }
)
