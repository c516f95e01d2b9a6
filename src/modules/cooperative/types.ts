import type { InferTypeOf } from "@medusajs/framework/types"
import {
  COOPERATIVE_PROFILE_FIELDS,
  type CooperativeStatus,
  type DepartmentCode,
  type PayoutMethod,
  type ProducerGroup,
  type RefundPolicy,
} from "@cis/contract/cooperative-vocabulary"
import type Cooperative from "./models/cooperative"
import type CraftOrigin from "./models/craft-origin"

export type CooperativeDTO = InferTypeOf<typeof Cooperative>
export type CraftOriginDTO = InferTypeOf<typeof CraftOrigin>

export interface CooperativeFields {
  handle: string
  name: string
  producer_groups: ProducerGroup[]
  department: DepartmentCode
  municipality: string
  founded_year?: number | null
  member_count?: number | null
  crafts?: string[]
  story_en: string
  story_es: string
  image_url?: string | null
  status?: CooperativeStatus
  share_bps: number
  refund_policy?: RefundPolicy
  contact_name?: string | null
  contact_phone?: string | null
  contact_email?: string | null
  payout_method?: PayoutMethod | null
  bank_details?: string | null
  internal_notes?: string | null
}

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
