/**
 * The js-sdk throws a FetchError carrying the HTTP status and the backend's
 * `message` (e.g. 409 conflict; a 400's fields come by path, lib/post-json.ts). These
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
