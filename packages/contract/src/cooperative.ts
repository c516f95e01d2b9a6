/**
 * The cooperative resource, defined once: the request bodies staff send (the
 * admin routes validate with these schemas, the dashboard's form checks the
 * same before sending) and the shapes the routes answer with. A field added
 * here reaches the route, the dashboard and the storefront's types.
 */
import { z } from "zod"
import {
  COOPERATIVE_EDITABLE_FIELDS,
  COOPERATIVE_PROFILE_FIELDS,
  COOPERATIVE_STATUSES,
  DEPARTMENT_CODES,
  HANDLE_PATTERN,
  PAYOUT_METHODS,
  PRODUCER_GROUPS,
  REFUND_POLICIES,
  type CooperativeStatus,
  type RefundPolicy,
} from "./cooperative-vocabulary"

/** How long each text may be; the database does not limit them, the API does. */
export const COOPERATIVE_TEXT_LIMITS = {
  name: 200,
  municipality: 200,
  craft: 80,
  story: 5000,
  contact_name: 200,
  contact_phone: 50,
  bank_details: 1000,
  internal_notes: 5000,
  website: 500,
} as const
export const MAX_CRAFTS = 20
export const MAX_MEMBERS = 100_000
export const FIRST_FOUNDED_YEAR = 1900

// Medusa's 400 writes its own text for lengths and sizes ("Value for field 'name' too big, ..."); these
// messages are what the dashboard shows beside the field. Formats and rules keep the field's name: the API shows them as written.
const text = (max: number) => z.string().trim().min(1, { message: "Required" }).max(max, { message: `At most ${max} characters` })
const optionalText = (max: number) => text(max).nullish()

const cooperativeShape = {
  handle: z.string().regex(HANDLE_PATTERN, {
    message: "handle must be lowercase letters, digits and single dashes (e.g. flor-de-copinol)",
  }),
  name: text(COOPERATIVE_TEXT_LIMITS.name),
  producer_groups: z
    .array(z.enum(PRODUCER_GROUPS))
    .min(1, { message: "Choose at least one group" })
    .refine((groups) => new Set(groups).size === groups.length, { message: "producer_groups has a duplicate" }),
  department: z.enum(DEPARTMENT_CODES),
  municipality: text(COOPERATIVE_TEXT_LIMITS.municipality),
  founded_year: z.number().int().min(FIRST_FOUNDED_YEAR).max(new Date().getUTCFullYear()).nullish(),
  member_count: z.number().int().min(1).max(MAX_MEMBERS).nullish(),
  crafts: z.array(text(COOPERATIVE_TEXT_LIMITS.craft)).max(MAX_CRAFTS, { message: `At most ${MAX_CRAFTS} crafts` }).optional(),
  story_en: text(COOPERATIVE_TEXT_LIMITS.story),
  story_es: text(COOPERATIVE_TEXT_LIMITS.story),
  image_url: z.string().url({ message: "image_url must be a URL" }).nullish(),
  website: z
    .url({ protocol: /^https$/, message: "website must be an https:// address" })
    .max(COOPERATIVE_TEXT_LIMITS.website, { message: `At most ${COOPERATIVE_TEXT_LIMITS.website} characters` })
    .nullish(),
  status: z.enum(COOPERATIVE_STATUSES).optional(),
  share_bps: z.number().int().min(0).max(10_000),
  refund_policy: z.enum(REFUND_POLICIES).optional(),
  contact_name: optionalText(COOPERATIVE_TEXT_LIMITS.contact_name),
  contact_phone: optionalText(COOPERATIVE_TEXT_LIMITS.contact_phone),
  contact_email: z.string().email({ message: "contact_email must be an email address" }).nullish(),
  payout_method: z.enum(PAYOUT_METHODS).nullish(),
  bank_details: optionalText(COOPERATIVE_TEXT_LIMITS.bank_details),
  internal_notes: optionalText(COOPERATIVE_TEXT_LIMITS.internal_notes),
}

export const AdminCreateCooperative = z.object(cooperativeShape).strict()
export type AdminCreateCooperativeBody = z.infer<typeof AdminCreateCooperative>

export const AdminUpdateCooperative = z
  .object(cooperativeShape)
  .partial()
  .strict()
  .refine((update) => Object.keys(update).length > 0, { message: "the body names no field to update" })
export type AdminUpdateCooperativeBody = z.infer<typeof AdminUpdateCooperative>

/**
 * Every field of the body is either public (COOPERATIVE_PROFILE_FIELDS), for
 * staff only (COOPERATIVE_PRIVATE_FIELDS) or a setting: a new field that is
 * none of these fails to compile here, so whether the store may show it is
 * decided, not left to chance.
 */
type UnclassifiedField = Exclude<keyof AdminCreateCooperativeBody, (typeof COOPERATIVE_EDITABLE_FIELDS)[number]>
export const EVERY_COOPERATIVE_FIELD_IS_CLASSIFIED: [UnclassifiedField] extends [never] ? true : UnclassifiedField = true

/** A field the body may leave out is stored as null; the API always answers with every field. */
type OptionalKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? K : never }[keyof T]
type AsStored<T> = { [K in keyof T]-?: K extends OptionalKeys<T> ? Exclude<T[K], undefined> | null : T[K] }

/** Every field staff wrote, as the admin routes answer it (the model's defaults fill what the body left out). */
export type AdminCooperative = Omit<AsStored<AdminCreateCooperativeBody>, "crafts" | "status" | "refund_policy"> & {
  id: string
  crafts: string[]
  status: CooperativeStatus
  refund_policy: RefundPolicy
  created_at: string
  updated_at: string
}

export type AdminCooperativeProduct = { id: string; title: string; handle: string; thumbnail: string | null; status: string }

/** GET/POST /admin/cooperatives/:id, POST /admin/cooperatives */
export type AdminCooperativeResponse = { cooperative: AdminCooperative & { products: AdminCooperativeProduct[] } }
/** GET /admin/cooperatives */
export type AdminCooperativeListResponse = {
  cooperatives: (AdminCooperative & { product_count: number })[]
  count: number
  limit: number
  offset: number
}
/** DELETE /admin/cooperatives/:id */
export type AdminCooperativeDeleteResponse = { id: string; object: "cooperative"; deleted: true }

/**
 * What the store shows of a cooperative: the public profile fields only
 * (COOPERATIVE_PROFILE_FIELDS), never contacts, bank details or notes.
 */
export type StoreCooperative = Omit<
  Pick<AsStored<AdminCreateCooperativeBody>, (typeof COOPERATIVE_PROFILE_FIELDS)[number]>,
  "crafts" | "story_en" | "story_es"
> & {
  id: string
  /** In the reader's language when translated. */
  crafts: string[] | null
  /** A profile may lack one language; the page falls back to the other. */
  story_en: string | null
  story_es: string | null
  /** Its published products. */
  product_count: number
}
/** GET /store/cooperatives/:handle */
export type StoreCooperativeResponse = { cooperative: StoreCooperative }
/** GET /store/cooperatives */
export type StoreCooperativeListResponse = { cooperatives: StoreCooperative[]; count: number; limit: number; offset: number }

/**
 * One currency's totals for a cooperative, all in integer minor units
 * (reversals and advances negative). `When` is how the oldest unpaid date
 * travels: a Date inside the backend, an ISO string in a JSON answer.
 */
export interface CooperativeBalance<When = string> {
  currency_code: string
  /** Shares of orders whose buyers have not paid yet: shown, never paid out. */
  pending: number
  /** Payable shares of sales (as sold), what returns, refunds and cancellations took back, staff adjustments. */
  earned: number
  reversed: number
  adjusted: number
  /** Money paid ahead of sales (negative: it is netted against them) and what payouts sent. */
  advanced: number
  paid: number
  in_draft_payouts: number
  /** Payable and in no payout yet: what the next payout would carry (negative after chargebacks or advances). */
  balance: number
  oldest_unpaid_at: When | null
}
/** GET /admin/cooperatives/:id/balances */
export type AdminCooperativeBalancesResponse = { cooperative_id: string; balances: CooperativeBalance[] }
/** GET /coordinator/balances: the caller's own cooperative's. */
export type CoordinatorBalancesResponse = { balances: CooperativeBalance[] }
/** GET /admin/cooperative-balances: every cooperative's, with its name. */
export type AdminAllCooperativeBalancesResponse = {
  balances: (CooperativeBalance & { cooperative_id: string; cooperative_name: string })[]
}
