import {
  validateAndTransformBody,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { InvalidDataResponse, ValidationIssue } from "@cis/contract/invalid-data"
import type { z } from "zod"

const pathOf = (path: PropertyKey[]) => path.map((part) => (typeof part === "symbol" ? String(part) : part))

/** A field the schema does not know is refused on the object; each such field gets its own path. */
function toIssues(issue: z.core.$ZodIssue): ValidationIssue[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ path: [...pathOf(issue.path), key], message: "Not a field of this request" }))
  }
  return [{ path: pathOf(issue.path), message: issue.message }]
}

/**
 * Medusa's body validation (same checks, same message), whose 400 also lists
 * the refused fields' paths (`issues`), so the dashboard outlines fields from
 * the paths instead of guessing them from the message text.
 */
export function validateBodyWithIssues(schema: z.ZodObject | z.ZodType) {
  const validate = validateAndTransformBody(schema as Parameters<typeof validateAndTransformBody>[0])
  return async (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    await validate(req, res, (error?: unknown) => {
      if (!(error instanceof MedusaError) || error.type !== MedusaError.Types.INVALID_DATA) return next(error)
      // Medusa validates the strict form of the schema; so does this, for the same issues.
      const strict = "strict" in schema && typeof schema.strict === "function" ? (schema.strict() as z.ZodType) : schema
      const parsed = strict.safeParse(req.body)
      const issues = parsed.success ? [] : parsed.error.issues.flatMap(toIssues)
      const body: InvalidDataResponse = { type: "invalid_data", message: error.message, issues }
      res.status(400).json(body)
    })
  }
}
