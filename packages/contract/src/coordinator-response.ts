/**
 * Coordinators as staff see them (never the invite's hash), and what the
 * coordinator portal's routes answer: who is signed in, the cooperative's
 * stock, its orders (by number, never with buyer data) and stock changes.
 */
import type { AdminCooperative } from "./cooperative"
import type { COOPERATIVE_PROFILE_FIELDS, CoordinatorStatus } from "./cooperative-vocabulary"
import type { OffsetPage } from "./json-date"
import type { StockChange } from "./stock-change-response"

export type Coordinator = {
  id: string
  cooperative_id: string
  email: string
  name: string
  status: CoordinatorStatus
  invite_expires_at: string | null
  /** The staff user who sent the invite. */
  invited_by: string
  activated_at: string | null
  deactivated_at: string | null
  created_at: string
}

/** GET /admin/cooperatives/:id/coordinators */
export type AdminCoordinatorListResponse = { coordinators: Coordinator[] }
/**
 * POST /admin/cooperatives/:id/coordinators. `invite_url` carries the single-use token: the server keeps only
 * its hash, so this is the one chance to read it. `reinvited`: the email was already invited or deactivated
 * here; its row got the new link and the old one died.
 */
export type AdminInviteCoordinatorResponse = { coordinator: Coordinator; invite_url: string; reinvited: boolean }
/** POST /admin/coordinators/:id/deactivate */
export type AdminDeactivateCoordinatorResponse = { coordinator: Pick<Coordinator, "id" | "email" | "name" | "status" | "deactivated_at"> }

/** POST /coordinator/invites/accept */
export type CoordinatorAcceptInviteResponse = { coordinator: Pick<Coordinator, "id" | "email" | "name" | "status"> }

/** The cooperative's public profile (never its bank details or staff notes). */
export type CoordinatorCooperative = Pick<AdminCooperative, "id" | (typeof COOPERATIVE_PROFILE_FIELDS)[number]>
/** GET /coordinator/me; the cooperative is null only if staff deleted it after the login was made. */
export type CoordinatorMeResponse = {
  coordinator: Pick<Coordinator, "id" | "email" | "name">
  cooperative: CoordinatorCooperative | null
}

export type CoordinatorStockLevel = {
  location_id: string
  location_name: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}
export type CoordinatorVariant = {
  id: string
  title: string | null
  sku: string | null
  inventory_item_id: string | null
  levels: CoordinatorStockLevel[]
  /** At or below the low-stock mark, available. */
  low_stock: boolean
}
export type CoordinatorProduct = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  variants: CoordinatorVariant[]
}
/** GET /coordinator/products */
export type CoordinatorProductListResponse = { products: CoordinatorProduct[] }
/** POST /coordinator/variants/:id/stock */
export type CoordinatorSetStockResponse = { stock_change: StockChange; available_quantity: number }

export type CoordinatorOrderLine = {
  id: string
  product_id: string | null
  title: string
  variant_title: string | null
  variant_sku: string | null
  quantity: number
}
/** Only the cooperative's own lines and the order's progress: no buyer data, and the number, never the id. */
export type CoordinatorOrder = {
  display_id: number
  created_at: string
  status: string
  fulfillment_status: string
  /** Paid by bank transfer and the money has not arrived: not to be prepared yet. */
  awaiting_payment: boolean
  items: CoordinatorOrderLine[]
}
/** GET /coordinator/orders */
export type CoordinatorOrderListResponse = OffsetPage & { orders: CoordinatorOrder[] }
