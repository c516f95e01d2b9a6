import type { InferTypeOf } from "@medusajs/framework/types"
import { COOPERATIVE_PROFILE_FIELDS, type DepartmentCode } from "@cis/contract/cooperative-vocabulary"
import type Cooperative from "./models/cooperative"
import type CraftOrigin from "./models/craft-origin"

export type CooperativeDTO = InferTypeOf<typeof Cooperative>
export type CraftOriginDTO = InferTypeOf<typeof CraftOrigin>

/** What staff write: the contract's create body (packages/contract/src/cooperative.ts). */
export type { AdminCreateCooperativeBody as CooperativeFields } from "@cis/contract/cooperative"

export interface CraftOriginFields {
  technique: string
  materials: string[]
  origin_municipality: string
  origin_department: DepartmentCode
  production_time: string
  maker_notes?: string | null
}

/** What the store may show of a cooperative; contact, bank and notes never leave the admin. */
export const PUBLIC_COOPERATIVE_FIELDS = ["id", ...COOPERATIVE_PROFILE_FIELDS] as const

/** The short form a product carries in the store. */
export const COOPERATIVE_SUMMARY_FIELDS = ["id", "handle", "name", "producer_groups", "department", "share_bps"] as const

export const PUBLIC_CRAFT_ORIGIN_FIELDS = [
  "id",
  "technique",
  "materials",
  "origin_municipality",
  "origin_department",
  "production_time",
  "maker_notes",
] as const
