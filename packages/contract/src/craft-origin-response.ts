/** A product's craft origin as GET/POST/DELETE /admin/products/:id/craft-origin and the store's products answer it. */
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

/**
 * What the store shows of a craft's origin: GET /store/products?fields=*craft_origin
 * (Medusa's own route, its fields limited to these by the store's product middleware).
 * Text fields come in the reader's language when translated.
 */
export type StoreCraftOrigin = Pick<
  CraftOrigin,
  "id" | "technique" | "materials" | "origin_municipality" | "origin_department" | "production_time" | "maker_notes"
>
