import { FetchError } from "@medusajs/js-sdk"

/** The store answers an unknown or paused cooperative with 404: a wrong link, not an outage. */
export function isNotFound(error: unknown): boolean {
  return error instanceof FetchError && error.status === 404
}
