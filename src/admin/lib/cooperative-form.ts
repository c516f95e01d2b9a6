/**
 * The cooperative form's values, its check (the contract's schema, through
 * react-hook-form's zod resolver) and conversion to request bodies. Inputs
 * hold strings as typed (numbers, comma lists) so a refused save never loses
 * what staff wrote; conversion happens when checking and sending.
 */
import { zodResolver } from "@hookform/resolvers/zod"
import type { FieldErrors, Resolver } from "react-hook-form"
import type { FormCheck } from "./contract-form"
import { z } from "zod"
import { AdminCreateCooperative } from "@cis/contract/cooperative"
import type { ValidationIssue } from "@cis/contract/invalid-data"
import type {
  Cooperative,
  CooperativeCreateBody,
  CooperativeUpdateBody,
} from "./cooperatives-api"
import {
  COOPERATIVE_EDITABLE_FIELDS,
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
  website: string
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

// Every field the contract lets staff write has a form value: a new contract field fails to compile here first.
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
  website: "Website",
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
  website: "",
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
    website: cooperative.website ?? "",
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

/** Digits only, as typed; anything else (or nothing) reaches the schema as not a number. */
function wholeNumber(text: string): number | undefined {
  const trimmed = text.trim()
  if (!trimmed) return undefined
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

/** What the contract's own messages leave unsaid, in the form's words. */
const formMessages: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type") return issue.input === undefined ? "Required" : "A whole number"
  if (issue.code === "invalid_value") return "Required"
  if (issue.code === "too_small" && issue.origin === "number") return `At least ${issue.minimum}`
  if (issue.code === "too_big" && issue.origin === "number") return `At most ${issue.maximum}`
  return undefined
}

/**
 * The form's check: the values as the request body, judged by the contract's
 * create schema (the very one the API validates with), so the form and the
 * API agree on every limit. A refusal's path starts with the field's name.
 */
const cooperativeFormSchema = z
  .custom<CooperativeFormValues>()
  .transform((values): z.input<typeof AdminCreateCooperative> => toBody(values))
  .pipe(AdminCreateCooperative)
const checkWithContract = zodResolver(cooperativeFormSchema, { error: formMessages })

/** The first message inside a nested error (one craft of the list): the field shows it. */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined
  const { message } = error as { message?: unknown }
  if (typeof message === "string") return message
  for (const inner of Object.values(error)) {
    const found = firstMessage(inner)
    if (found) return found
  }
  return undefined
}

/** react-hook-form's resolver for the cooperative form: the contract's schema, one message per field. */
export const cooperativeResolver: Resolver<CooperativeFormValues> = async (values, context, options) => {
  const result = await checkWithContract(values, context, options)
  if (Object.keys(result.errors).length === 0) return { values, errors: {} }
  const errors: FieldErrors<CooperativeFormValues> = {}
  for (const [field, error] of Object.entries(result.errors)) {
    errors[field as CooperativeField] = { type: "validate", message: firstMessage(error) }
  }
  return { values: {}, errors }
}

/** A refusal's issues as messages per field, for the fields of this form (paths, never the message text). */
export function fieldErrorsOf(issues: readonly ValidationIssue[]): CooperativeFormErrors {
  const errors: CooperativeFormErrors = {}
  for (const { path, message } of issues) {
    const field = path[0]
    if (typeof field === "string" && field in COOPERATIVE_FIELD_LABELS) errors[field as CooperativeField] ??= message
  }
  return errors
}

/** Trimmed text, or null when empty (clears the field on the server). */
function textOrNull(text: string): string | null {
  const trimmed = text.trim()
  return trimmed ? trimmed : null
}

/** The full body as typed; the contract's schema judges it (cooperativeResolver). */
function toBody(values: CooperativeFormValues): Required<CooperativeCreateBody> {
  return {
    handle: values.handle.trim(),
    name: values.name.trim(),
    producer_groups: [...values.producer_groups],
    department: values.department as DepartmentCode,
    municipality: values.municipality.trim(),
    founded_year: wholeNumber(values.founded_year) ?? null,
    member_count: wholeNumber(values.member_count) ?? null,
    crafts: splitList(values.crafts),
    story_en: values.story_en.trim(),
    story_es: values.story_es.trim(),
    image_url: textOrNull(values.image_url),
    website: textOrNull(values.website),
    status: values.status,
    // Left empty it stays undefined, which the schema refuses as required.
    share_bps: wholeNumber(values.share_bps) as number,
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

/** The cooperative form's check for useContractForm: the contract's schema, and server refusals by path. */
export const cooperativeCheck: FormCheck<CooperativeFormValues> = { resolver: cooperativeResolver, serverErrors: fieldErrorsOf }
