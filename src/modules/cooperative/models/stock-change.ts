import { model } from "@medusajs/framework/utils"

/**
 * Every stock count a coordinator set, with who, when, from and to, and why:
 * staff see this history; nothing edits or deletes it.
 */
const StockChange = model
  .define("stock_change", {
    id: model.id({ prefix: "stchg" }).primaryKey(),
    cooperative_id: model.text(),
    coordinator_id: model.text(),
    product_id: model.text(),
    variant_id: model.text(),
    inventory_item_id: model.text(),
    location_id: model.text(),
    from_quantity: model.number(),
    to_quantity: model.number(),
    reason: model.text().nullable(),
  })
  .indexes([
    { name: "IDX_stock_change_cooperative", on: ["cooperative_id"], where: "deleted_at IS NULL" },
    { name: "IDX_stock_change_variant", on: ["variant_id"], where: "deleted_at IS NULL" },
  ])

export default StockChange
