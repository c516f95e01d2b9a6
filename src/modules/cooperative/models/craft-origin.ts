import { model } from "@medusajs/framework/utils"
import { DEPARTMENT_CODES } from "@cis/contract/cooperative-vocabulary"
import { translatableList } from "./translatable-list"

/**
 * Where and how a product is made. One per product: the product id is kept
 * here (a read-only link exposes it on the product) so the database itself
 * refuses a second origin for the same product.
 */
const CraftOrigin = model
  .define("craft_origin", {
    id: model.id({ prefix: "corig" }).primaryKey(),
    product_id: model.text(),
    // The texts a reader reads: in Spanish through Medusa's translation module (reference `craft_origin`).
    technique: model.text().translatable(),
    materials: translatableList(),
    origin_municipality: model.text(),
    origin_department: model.enum(DEPARTMENT_CODES),
    production_time: model.text().translatable(),
    maker_notes: model.text().translatable().nullable(),
  })
  .indexes([
    { name: "IDX_craft_origin_product_id_unique", on: ["product_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default CraftOrigin
