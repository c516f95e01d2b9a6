/** A product's craft origin as GET/POST/DELETE /admin/products/:id/craft-origin answer it. */
import type { AdminCooperative } from "./cooperative"
import type { DepartmentCode } from "./cooperative-vocabulary"

/** Where and how a product is made (one per product). */
export type CraftOrigin = {
  id: string
  product_id: string
  technique: string
  materials: string[]
  origin_municipality: string
  origin_department: DepartmentCode
  production_time: string
  maker_notes: string | null
}

/** GET /admin/products/:id/craft-origin: the origin and the product's cooperative, each null when there is none. */
export type AdminProductCraftOriginResponse = {
  craft_origin: CraftOrigin | null
  cooperative: Pick<AdminCooperative, "id" | "handle" | "name" | "status"> | null
}
/** POST /admin/products/:id/craft-origin */
export type AdminCraftOriginResponse = { craft_origin: CraftOrigin }
/** DELETE /admin/products/:id/craft-origin: the id is the deleted origin's. */
export type AdminCraftOriginDeleteResponse = { id: string; object: "craft_origin"; deleted: true }
