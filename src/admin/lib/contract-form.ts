/**
 * One check for every dashboard form: the values people typed (strings,
 * money in major units) become the request body, and the contract's schema
 * for that route (the very one the API validates with) judges it, so the
 * form and the API agree on every limit. What only typed text can tell
 * (decimals per currency, a date not in the future) is checked first, by the
 * form's own pure rule. A refusal, the form's or the server's, outlines
 * fields by path, never by reading a message.
 */
import type { ValidationIssue } from "@cis/contract/invalid-data"
import { set, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form"
import type { z } from "zod"

/** Messages by form field (a dotted path for nested values, e.g. "es.title"). */
export type FormErrors = Partial<Record<string, string>>
/** Messages by the fields of a form whose values are V. */
export type ErrorsOf<V> = Partial<Record<keyof V, string>>

export type ContractFormRules<V> = {
  /** The route's body schema, from @cis/contract. */
  schema: z.ZodType
  /** The body the values make; a value that cannot be read becomes one the schema refuses (NaN), never a throw. */
  toBody: (values: V) => unknown
  /** Checks only typed text can answer, by form field; they win over the schema's word on that field. */
  typed?: (values: V) => FormErrors
  /** Body field -> form field where they differ (paid_at -> paid_date). */
  renamed?: Record<string, string>
  /** How deep a body path outlines a form field: 1 (the default) outlines a list for its item, 2 a language's title. */
  depth?: number
  /** The form's own words for a refusal of a field, where the contract's message would read oddly on screen. */
  messages?: Record<string, string | ((issue: z.core.$ZodIssue) => string | undefined)>
}

/** The form field a body path outlines. */
export function fieldOfPath(rules: Pick<ContractFormRules<never>, "renamed" | "depth">, path: readonly PropertyKey[]): string | undefined {
  const parts = path.slice(0, rules.depth ?? 1).filter((part): part is string | number => typeof part !== "symbol")
  if (parts.length === 0) return undefined
  const field = parts.join(".")
  return rules.renamed?.[field] ?? field
}

/** Short form words from the refusal's kind and the contract's own limits; the contract's message otherwise. */
function formWords(issue: z.core.$ZodIssue): string {
  if (issue.code === "too_small" && issue.origin === "string") {
    return Number(issue.minimum) <= 1 ? "Required" : `At least ${issue.minimum} characters`
  }
  if (issue.code === "too_big" && issue.origin === "string") return `At most ${issue.maximum} characters`
  if (issue.code === "invalid_value") return "Choose one of the options"
  return issue.message
}

/** Every field the values leave wrong, with its message (empty when the body may be sent). */
export function checkForm<V>(rules: ContractFormRules<V>, values: V): FormErrors {
  const errors: FormErrors = { ...rules.typed?.(values) }
  const parsed = rules.schema.safeParse(rules.toBody(values))
  if (parsed.success) return errors
  for (const issue of parsed.error.issues) {
    const field = fieldOfPath(rules, issue.path)
    if (!field || errors[field]) continue
    const own = rules.messages?.[field]
    errors[field] = (typeof own === "function" ? own(issue) : own) ?? formWords(issue)
  }
  return errors
}

/** A server refusal's issues as messages by form field (by path; the first per field). */
export function serverErrorsOf(rules: Pick<ContractFormRules<never>, "renamed" | "depth">, issues: readonly ValidationIssue[]): FormErrors {
  const errors: FormErrors = {}
  for (const { path, message } of issues) {
    const field = fieldOfPath(rules, path)
    if (field) errors[field] ??= message
  }
  return errors
}

/** react-hook-form's resolver over checkForm. */
export function contractResolver<V extends FieldValues>(rules: ContractFormRules<V>): Resolver<V> {
  return async (values) => {
    const found = checkForm(rules, values)
    if (Object.keys(found).length === 0) return { values, errors: {} }
    const errors: FieldErrors<V> = {}
    for (const [field, message] of Object.entries(found)) if (message) set(errors, field, { type: "validate", message })
    return { values: {}, errors }
  }
}

/** What the form hook needs: the check before sending, and where a server refusal's paths land. */
export type FormCheck<V extends FieldValues> = {
  resolver: Resolver<V>
  serverErrors: (issues: readonly ValidationIssue[]) => FormErrors
}

export function contractCheck<V extends FieldValues>(rules: ContractFormRules<V>): FormCheck<V> {
  return { resolver: contractResolver(rules), serverErrors: (issues) => serverErrorsOf(rules, issues) }
}
