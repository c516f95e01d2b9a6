/**
 * The js-sdk throws a FetchError carrying the HTTP status and the backend's
 * `message` (e.g. 400 invalid_data naming the fields, 409 conflict). These
 * helpers read it without depending on the class identity.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message
  if (typeof error === "string" && error) return error
  return "Something went wrong. Please try again."
}

export function errorStatus(error: unknown): number | undefined {
  if (typeof error === "object" && error !== null && "status" in error) {
    const status = (error as { status: unknown }).status
    return typeof status === "number" ? status : undefined
  }
  return undefined
}

/**
 * The field names a server validation message mentions, among the given ones,
 * so the form can outline them. Word boundaries keep "name" from matching
 * inside "contact_name".
 */
export function fieldsNamedIn<K extends string>(message: string, fields: readonly K[]): K[] {
  return fields.filter((field) => new RegExp(`\\b${field}\\b`).test(message))
}
