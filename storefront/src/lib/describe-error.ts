import { FetchError } from "@medusajs/js-sdk"

/** A sentence a shopper can act on, with the server's own words when it gave some. */
export function describeError(error: unknown): string {
  if (error instanceof FetchError) {
    return `The store answered with an error (HTTP ${error.status ?? "?"}): ${error.message}`
  }
  // fetch() rejects with a TypeError when the network or CORS stops the request.
  if (error instanceof TypeError) {
    return "The store could not be reached. Check your connection and try again."
  }
  return error instanceof Error ? error.message : "Something unexpected went wrong."
}
