/**
 * A 400 answer to a body the schema refused. `message` is Medusa's usual
 * text; `issues` names each refused field by its path in the body, so a form
 * can outline the field without reading the message.
 */
export type ValidationIssue = { path: (string | number)[]; message: string }
export type InvalidDataResponse = { type: "invalid_data"; message: string; issues: ValidationIssue[] }

export function isInvalidDataResponse(body: unknown): body is InvalidDataResponse {
  return (
    typeof body === "object" &&
    body !== null &&
    (body as { type?: unknown }).type === "invalid_data" &&
    Array.isArray((body as { issues?: unknown }).issues)
  )
}
