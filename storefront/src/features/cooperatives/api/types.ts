import type { DepartmentCode, ProducerGroup } from "@/lib/cooperative-terms"

/** A cooperative's public profile as /store/cooperatives sends it; nothing private ever is. */
export interface Cooperative {
  id: string
  handle: string
  name: string
  producer_groups: ProducerGroup[]
  department: DepartmentCode
  municipality: string
  founded_year: number | null
  member_count: number | null
  crafts: string[] | null
  story_en: string | null
  story_es: string | null
  image_url: string | null
  share_bps: number
  /** Its published products. */
  product_count: number
}
