/**
 * The fixed vocabularies of the cooperative module. Pure data: the module's
 * models, the API validators and the seed all read them from here.
 */

/** El Salvador's 14 departments, keyed by URL-safe codes. */
export const DEPARTMENTS = {
  ahuachapan: "Ahuachapán",
  cabanas: "Cabañas",
  chalatenango: "Chalatenango",
  cuscatlan: "Cuscatlán",
  "la-libertad": "La Libertad",
  "la-paz": "La Paz",
  "la-union": "La Unión",
  morazan: "Morazán",
  "san-miguel": "San Miguel",
  "san-salvador": "San Salvador",
  "san-vicente": "San Vicente",
  "santa-ana": "Santa Ana",
  sonsonate: "Sonsonate",
  usulutan: "Usulután",
} as const
export type DepartmentCode = keyof typeof DEPARTMENTS
export const DEPARTMENT_CODES = Object.keys(DEPARTMENTS) as [DepartmentCode, ...DepartmentCode[]]

export const PRODUCER_GROUPS = ["women", "youth", "ex_combatants"] as const
export type ProducerGroup = (typeof PRODUCER_GROUPS)[number]

export const COOPERATIVE_STATUSES = ["active", "paused"] as const
export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]

/** Who bears a refund: CIS alone (the fair-trade default) or the cooperative too. */
export const REFUND_POLICIES = ["organization_absorbs", "chargeback"] as const
export type RefundPolicy = (typeof REFUND_POLICIES)[number]

export const PAYOUT_METHODS = ["bank_transfer", "cash", "other"] as const
export type PayoutMethod = (typeof PAYOUT_METHODS)[number]

/** A URL-safe handle: lowercase letters, digits and single dashes. */
export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** A cooperative's public profile, as staff write it and the store may show it. */
export const COOPERATIVE_PROFILE_FIELDS = [
  "handle",
  "name",
  "producer_groups",
  "department",
  "municipality",
  "founded_year",
  "member_count",
  "crafts",
  "story_en",
  "story_es",
  "image_url",
  "website",
  "share_bps",
] as const

/** For CIS staff only: never in a store response. */
export const COOPERATIVE_PRIVATE_FIELDS = [
  "contact_name",
  "contact_phone",
  "contact_email",
  "payout_method",
  "bank_details",
  "internal_notes",
] as const

/** Every field staff can write. */
export const COOPERATIVE_EDITABLE_FIELDS = [
  ...COOPERATIVE_PROFILE_FIELDS,
  "status",
  "refund_policy",
  ...COOPERATIVE_PRIVATE_FIELDS,
] as const

/** A coordinator is invited by staff, becomes active on accepting, and can be deactivated. */
export const COORDINATOR_STATUSES = ["invited", "active", "deactivated"] as const
export type CoordinatorStatus = (typeof COORDINATOR_STATUSES)[number]
