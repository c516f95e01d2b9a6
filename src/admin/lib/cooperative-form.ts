/**
 * The cooperative form's state, validation and conversion to request bodies.
 * Inputs hold strings as typed (numbers, comma lists) so a refused save never
 * loses what staff wrote; conversion happens only when sending.
 */
import type {
  Cooperative,
  CooperativeCreateBody,
  CooperativeUpdateBody,
} from "./cooperatives-api"
import { isBps, parseBps } from "./shares"
import {
  COOPERATIVE_EDITABLE_FIELDS,
  HANDLE_PATTERN,
  isDepartmentCode,
  type CooperativeStatus,
  type DepartmentCode,
  type PayoutMethod,
  type ProducerGroup,
  type RefundPolicy,
} from "./vocabulary"

export type CooperativeFormValues = {
  handle: string
  name: string
  producer_groups: ProducerGroup[]
  department: DepartmentCode | ""
  municipality: string
  founded_year: string
  member_count: string
  /** Comma-separated, e.g. "Pottery, Weaving". */
  crafts: string
  story_en: string
  story_es: string
  image_url: string
  status: CooperativeStatus
  share_bps: string
  refund_policy: RefundPolicy
  contact_name: string
  contact_phone: string
  contact_email: string
  payout_method: PayoutMethod | ""
  bank_details: string
  internal_notes: string
}

export type CooperativeField = keyof CooperativeFormValues
export type CooperativeFormErrors = Partial<Record<CooperativeField, string>>

export const COOPERATIVE_FIELDS: readonly CooperativeField[] = COOPERATIVE_EDITABLE_FIELDS

/** How each field is called on screen, for messages that list several. */
export const COOPERATIVE_FIELD_LABELS: Record<CooperativeField, string> = {
  handle: "Handle",
  name: "Name",
  producer_groups: "Producer groups",
  department: "Department",
  municipality: "Municipality",
  founded_year: "Founded in",
  member_count: "Members",
  crafts: "Crafts",
  story_en: "Story (English)",
  story_es: "Story (Español)",
  image_url: "Image URL",
  status: "Status",
  share_bps: "Share",
  refund_policy: "Refund policy",
  contact_name: "Contact person",
  contact_phone: "Phone",
  contact_email: "Email",
  payout_method: "Payout method",
  bank_details: "Bank details",
  internal_notes: "Internal notes",
}

export const EMPTY_COOPERATIVE_FORM: CooperativeFormValues = {
  handle: "",
  name: "",
  producer_groups: [],
  department: "",
  municipality: "",
  founded_year: "",
  member_count: "",
  crafts: "",
  story_en: "",
  story_es: "",
  image_url: "",
  status: "active",
  share_bps: "",
  refund_policy: "organization_absorbs",
  contact_name: "",
  contact_phone: "",
  contact_email: "",
  payout_method: "",
  bank_details: "",
  internal_notes: "",
}

export function toFormValues(cooperative: Cooperative): CooperativeFormValues {
  return {
    handle: cooperative.handle ?? "",
    name: cooperative.name ?? "",
    producer_groups: [...(cooperative.producer_groups ?? [])],
    department: cooperative.department ?? "",
    municipality: cooperative.municipality ?? "",
    founded_year: cooperative.founded_year?.toString() ?? "",
    member_count: cooperative.member_count?.toString() ?? "",
    crafts: (cooperative.crafts ?? []).join(", "),
    story_en: cooperative.story_en ?? "",
    story_es: cooperative.story_es ?? "",
    image_url: cooperative.image_url ?? "",
    status: cooperative.status ?? "active",
    share_bps: cooperative.share_bps?.toString() ?? "",
    refund_policy: cooperative.refund_policy ?? "organization_absorbs",
    contact_name: cooperative.contact_name ?? "",
    contact_phone: cooperative.contact_phone ?? "",
    contact_email: cooperative.contact_email ?? "",
    payout_method: cooperative.payout_method ?? "",
    bank_details: cooperative.bank_details ?? "",
    internal_notes: cooperative.internal_notes ?? "",
  }
}

/** "Pottery, , Weaving " -> ["Pottery", "Weaving"] */
export function splitList(text: string): string[] {
  return text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
}

/** A handle suggestion from the name: "Cooperativa Las Ñañas" -> "cooperativa-las-nanas". */
export function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const WHOLE_NUMBER = /^\d+$/

/** The API's length limits (src/api/admin/cooperatives/validators.ts), checked before sending. */
const MAX_LENGTHS: Partial<Record<CooperativeField, number>> = {
  name: 200,
  municipality: 200,
  story_en: 5000,
  story_es: 5000,
  contact_name: 200,
  contact_phone: 50,
  bank_details: 1000,
  internal_notes: 5000,
}
const MAX_CRAFTS = 20
const MAX_CRAFT_LENGTH = 80
const MAX_MEMBERS = 100_000

function isUrl(text: string): boolean {
  try {
    new URL(text)
    return true
  } catch {
    return false
  }
}

/** Obvious mistakes caught before sending; the server still has the last word. */
export function validateCooperative(values: CooperativeFormValues): CooperativeFormErrors {
  const errors: CooperativeFormErrors = {}
  const required = (field: CooperativeField, text: string) => {
    if (!text.trim()) errors[field] = "Required"
  }

  required("name", values.name)
  required("municipality", values.municipality)
  required("story_en", values.story_en)
  required("story_es", values.story_es)

  for (const [field, max] of Object.entries(MAX_LENGTHS) as [CooperativeField, number][]) {
    const length = String(values[field]).trim().length
    if (length > max) errors[field] = `At most ${max} characters (now ${length})`
  }

  const handle = values.handle.trim()
  if (!handle) errors.handle = "Required"
  else if (!HANDLE_PATTERN.test(handle)) {
    errors.handle = "Lowercase letters, digits and single dashes only, e.g. las-nanas"
  }

  if (values.producer_groups.length === 0) errors.producer_groups = "Choose at least one group"
  if (!values.department || !isDepartmentCode(values.department)) errors.department = "Required"

  const share = parseBps(values.share_bps)
  if (!values.share_bps.trim()) errors.share_bps = "Required"
  else if (share === undefined || !isBps(share)) {
    errors.share_bps = "A whole number of basis points from 0 to 10000"
  }

  const year = values.founded_year.trim()
  if (year) {
    const thisYear = new Date().getUTCFullYear()
    if (!WHOLE_NUMBER.test(year) || Number(year) < 1900 || Number(year) > thisYear) {
      errors.founded_year = `A year between 1900 and ${thisYear}`
    }
  }

  const members = values.member_count.trim()
  if (members && (!WHOLE_NUMBER.test(members) || Number(members) < 1 || Number(members) > MAX_MEMBERS)) {
    errors.member_count = `A whole number from 1 to ${MAX_MEMBERS}`
  }

  const crafts = splitList(values.crafts)
  if (crafts.length > MAX_CRAFTS) errors.crafts = `At most ${MAX_CRAFTS} crafts`
  else if (crafts.some((craft) => craft.length > MAX_CRAFT_LENGTH)) {
    errors.crafts = `Each craft at most ${MAX_CRAFT_LENGTH} characters`
  }

  const imageUrl = values.image_url.trim()
  if (imageUrl && !isUrl(imageUrl)) errors.image_url = "A full address, e.g. https://example.org/photo.jpg"

  const email = values.contact_email.trim()
  if (email && !EMAIL_PATTERN.test(email)) errors.contact_email = "Not an email address"

  return errors
}

/** Trimmed text, or null when empty (clears the field on the server). */
function textOrNull(text: string): string | null {
  const trimmed = text.trim()
  return trimmed ? trimmed : null
}

function numberOrNull(text: string): number | null {
  const trimmed = text.trim()
  return trimmed ? Number(trimmed) : null
}

/** The full body; call only after validateCooperative found nothing. */
function toBody(values: CooperativeFormValues): Required<CooperativeCreateBody> {
  return {
    handle: values.handle.trim(),
    name: values.name.trim(),
    producer_groups: [...values.producer_groups],
    department: values.department as DepartmentCode,
    municipality: values.municipality.trim(),
    founded_year: numberOrNull(values.founded_year),
    member_count: numberOrNull(values.member_count),
    crafts: splitList(values.crafts),
    story_en: values.story_en.trim(),
    story_es: values.story_es.trim(),
    image_url: textOrNull(values.image_url),
    status: values.status,
    share_bps: Number(values.share_bps.trim()),
    refund_policy: values.refund_policy,
    contact_name: textOrNull(values.contact_name),
    contact_phone: textOrNull(values.contact_phone),
    contact_email: textOrNull(values.contact_email),
    payout_method: values.payout_method || null,
    bank_details: textOrNull(values.bank_details),
    internal_notes: textOrNull(values.internal_notes),
  }
}

/**
 * Create body: optional fields left empty are omitted rather than sent as null.
 * `crafts` is always sent (possibly []), so the body says exactly what staff saw.
 */
export function toCreateBody(values: CooperativeFormValues): CooperativeCreateBody {
  const full = toBody(values)
  const body: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(full)) {
    if (value !== null) body[key] = value
  }
  // Built key by key above, so the shape is checked by toBody, not by this cast.
  return body as unknown as CooperativeCreateBody
}

/**
 * Update body: only the fields that differ from what was loaded, so a save
 * never overwrites a field staff did not touch. A cleared optional field is
 * sent as null.
 */
export function toUpdateBody(
  values: CooperativeFormValues,
  baseline: CooperativeFormValues
): CooperativeUpdateBody {
  const next = toBody(values)
  const before = toBody(baseline)
  const body: Record<string, unknown> = {}
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) body[key] = next[key]
  }
  return body as CooperativeUpdateBody
}
