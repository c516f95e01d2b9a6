/**
 * The craft origin form: string state as typed, client checks, request body.
 */
import type { CraftOrigin, CraftOriginBody } from "./cooperatives-api"
import { splitList } from "./cooperative-form"
import { isDepartmentCode, type DepartmentCode } from "./vocabulary"

export type CraftOriginFormValues = {
  technique: string
  /** Comma-separated, e.g. "Clay, Natural pigments". */
  materials: string
  origin_municipality: string
  origin_department: DepartmentCode | ""
  production_time: string
  maker_notes: string
}

export type CraftOriginField = keyof CraftOriginFormValues
export type CraftOriginFormErrors = Partial<Record<CraftOriginField, string>>

export const CRAFT_ORIGIN_FIELDS: readonly CraftOriginField[] = [
  "technique",
  "materials",
  "origin_municipality",
  "origin_department",
  "production_time",
  "maker_notes",
]

/**
 * From the saved origin, or, for a product without one, a start from its
 * cooperative's place (most crafts are made where the cooperative is).
 */
export function toCraftOriginValues(
  origin: CraftOrigin | null,
  fallback?: { municipality?: string; department?: DepartmentCode }
): CraftOriginFormValues {
  if (!origin) {
    return {
      technique: "",
      materials: "",
      origin_municipality: fallback?.municipality ?? "",
      origin_department: fallback?.department ?? "",
      production_time: "",
      maker_notes: "",
    }
  }
  return {
    technique: origin.technique ?? "",
    materials: (origin.materials ?? []).join(", "),
    origin_municipality: origin.origin_municipality ?? "",
    origin_department: origin.origin_department ?? "",
    production_time: origin.production_time ?? "",
    maker_notes: origin.maker_notes ?? "",
  }
}

/** The API's limits (src/api/admin/products/[id]/craft-origin/validators.ts). */
const MAX_LENGTHS: Partial<Record<CraftOriginField, number>> = {
  technique: 500,
  origin_municipality: 120,
  production_time: 80,
  maker_notes: 2000,
}
const MAX_MATERIALS = 20
const MAX_MATERIAL_LENGTH = 80

export function validateCraftOrigin(values: CraftOriginFormValues): CraftOriginFormErrors {
  const errors: CraftOriginFormErrors = {}
  for (const [field, max] of Object.entries(MAX_LENGTHS) as [CraftOriginField, number][]) {
    const length = values[field].trim().length
    if (length > max) errors[field] = `At most ${max} characters (now ${length})`
  }
  if (!values.technique.trim()) errors.technique = "Required"
  const materials = splitList(values.materials)
  if (materials.length === 0) errors.materials = "Name at least one material"
  else if (materials.length > MAX_MATERIALS) errors.materials = `At most ${MAX_MATERIALS} materials`
  else if (materials.some((m) => m.length > MAX_MATERIAL_LENGTH)) {
    errors.materials = `Each material at most ${MAX_MATERIAL_LENGTH} characters`
  }
  if (!values.origin_municipality.trim()) errors.origin_municipality = "Required"
  if (!values.origin_department || !isDepartmentCode(values.origin_department)) errors.origin_department = "Required"
  if (!values.production_time.trim()) errors.production_time = "Required"
  return errors
}

/** The body; call only after validateCraftOrigin found nothing. Empty notes clear them. */
export function toCraftOriginBody(values: CraftOriginFormValues): CraftOriginBody {
  return {
    technique: values.technique.trim(),
    materials: splitList(values.materials),
    origin_municipality: values.origin_municipality.trim(),
    origin_department: values.origin_department as DepartmentCode,
    production_time: values.production_time.trim(),
    maker_notes: values.maker_notes.trim() || null,
  }
}
