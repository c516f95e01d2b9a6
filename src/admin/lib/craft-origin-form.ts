/**
 * The craft origin form: string state as typed, the request body, and its
 * check by the contract's schema for the route.
 */
import { AdminUpsertCraftOrigin } from "@cis/contract/craft-origin"
import { checkForm, type ContractFormRules, type ErrorsOf } from "./contract-form"
import type { CraftOrigin, CraftOriginBody } from "./cooperatives-api"
import { splitList } from "./cooperative-form"
import type { DepartmentCode } from "./vocabulary"

export type CraftOriginFormValues = {
  technique: string
  /** Comma-separated, e.g. "Clay, Natural pigments". */
  materials: string
  origin_municipality: string
  origin_department: DepartmentCode | ""
  production_time: string
  maker_notes: string
}

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

/** The body the values make (the materials list split at commas); empty notes clear them. */
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

/** The contract's schema judges the body; a refused material outlines the materials field. */
export const craftOriginRules: ContractFormRules<CraftOriginFormValues> = {
  schema: AdminUpsertCraftOrigin,
  toBody: toCraftOriginBody,
  messages: {
    materials: (issue) => {
      if (issue.code === "too_small" && issue.origin === "array") return "Name at least one material"
      if (issue.code === "too_big" && issue.origin === "array") return `At most ${issue.maximum} materials`
      if (issue.code === "too_big") return `Each material at most ${issue.maximum} characters`
      return undefined
    },
    origin_department: "Required",
  },
}

/** Every field the values leave wrong, with its message (empty when the origin may be saved). */
export const validateCraftOrigin = (values: CraftOriginFormValues): ErrorsOf<CraftOriginFormValues> => checkForm(craftOriginRules, values)
