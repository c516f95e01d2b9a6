import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  COOPERATIVE_STATUSES,
  DEPARTMENT_CODES,
  HANDLE_PATTERN,
  PAYOUT_METHODS,
  PRODUCER_GROUPS,
  REFUND_POLICIES,
} from "@cis/contract/cooperative-vocabulary"

const text = (field: string, max = 200) =>
  z.string().trim().min(1, { message: `${field} must not be empty` }).max(max, { message: `${field} is longer than ${max} characters` })
const optionalText = (field: string, max = 500) => text(field, max).nullish()
const currentYear = new Date().getUTCFullYear()

const cooperativeShape = {
  handle: z.string().regex(HANDLE_PATTERN, {
    message: "handle must be lowercase letters, digits and single dashes (e.g. flor-de-copinol)",
  }),
  name: text("name"),
  producer_groups: z
    .array(z.enum(PRODUCER_GROUPS))
    .min(1, { message: "producer_groups needs at least one of women, youth, ex_combatants" })
    .refine((groups) => new Set(groups).size === groups.length, { message: "producer_groups has a duplicate" }),
  department: z.enum(DEPARTMENT_CODES),
  municipality: text("municipality"),
  founded_year: z.number().int().min(1900).max(currentYear).nullish(),
  member_count: z.number().int().min(1).max(100_000).nullish(),
  crafts: z.array(text("crafts", 80)).max(20).optional(),
  story_en: text("story_en", 5000),
  story_es: text("story_es", 5000),
  image_url: z.string().url({ message: "image_url must be a URL" }).nullish(),
  status: z.enum(COOPERATIVE_STATUSES).optional(),
  share_bps: z.number().int().min(0).max(10_000),
  refund_policy: z.enum(REFUND_POLICIES).optional(),
  contact_name: optionalText("contact_name", 200),
  contact_phone: optionalText("contact_phone", 50),
  contact_email: z.string().email({ message: "contact_email must be an email address" }).nullish(),
  payout_method: z.enum(PAYOUT_METHODS).nullish(),
  bank_details: optionalText("bank_details", 1000),
  internal_notes: optionalText("internal_notes", 5000),
}

export const AdminCreateCooperative = z.object(cooperativeShape).strict()
export type AdminCreateCooperativeType = z.infer<typeof AdminCreateCooperative>

export const AdminUpdateCooperative = z
  .object(cooperativeShape)
  .partial()
  .strict()
  .refine((update) => Object.keys(update).length > 0, { message: "the body names no field to update" })
export type AdminUpdateCooperativeType = z.infer<typeof AdminUpdateCooperative>

export const AdminGetCooperativesParams = createFindParams({ limit: 20, offset: 0 })
  .extend({
    order: z.enum(["name", "-name", "created_at", "-created_at", "share_bps", "-share_bps"]).optional(),
    q: z.string().trim().min(1).optional(),
    status: z.enum(COOPERATIVE_STATUSES).optional(),
    producer_group: z.enum(PRODUCER_GROUPS).optional(),
    department: z.enum(DEPARTMENT_CODES).optional(),
  })
  .strict()
export type AdminGetCooperativesParamsType = z.infer<typeof AdminGetCooperativesParams>

const productIds = z.array(z.string().min(1)).max(500)
export const AdminAssignCooperativeProducts = z
  .object({ add: productIds.optional(), remove: productIds.optional() })
  .strict()
  .refine((body) => (body.add?.length ?? 0) + (body.remove?.length ?? 0) > 0, {
    message: "add or remove must list at least one product id",
  })
export type AdminAssignCooperativeProductsType = z.infer<typeof AdminAssignCooperativeProducts>
