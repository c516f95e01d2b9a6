/**
 * Where the backend is and which publishable key the store API wants.
 * Both can be fixed at build time (VITE_* variables); without them the built
 * storefront works for any host and any freshly seeded database.
 */

const BACKEND_PORT = 9000

/** `npm start` serves the API on the storefront's host at port 9000, so that is the default. */
export function getBackendUrl(): string {
  const configured = import.meta.env.VITE_MEDUSA_BACKEND_URL
  if (configured) return configured.replace(/\/+$/, "")
  return `${window.location.protocol}//${window.location.hostname}:${BACKEND_PORT}`
}

// One request per page load; a failed one is forgotten so that Retry asks again.
let publishableKey: Promise<string> | undefined

export function getPublishableKey(): Promise<string> {
  const configured = import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY
  if (configured) return Promise.resolve(configured)
  publishableKey ??= fetchPublishableKey().catch((error: unknown) => {
    publishableKey = undefined
    throw error
  })
  return publishableKey
}

async function fetchPublishableKey(): Promise<string> {
  const url = `${getBackendUrl()}/public/storefront-config`
  let response: Response
  try {
    response = await fetch(url, { headers: { accept: "application/json" } })
  } catch (cause) {
    throw new Error(`The store at ${getBackendUrl()} could not be reached.`, { cause })
  }
  if (!response.ok) {
    // Medusa errors carry a message saying what to do (e.g. "seed the store first").
    const detail = await response.json().then(
      (body: { message?: unknown } | null) => (typeof body?.message === "string" ? `: ${body.message}` : "."),
      () => "."
    )
    throw new Error(`The store's configuration could not be loaded (HTTP ${response.status})${detail}`)
  }
  const body: unknown = await response.json()
  const key = (body as { publishable_key?: unknown } | null)?.publishable_key
  if (typeof key !== "string" || key === "") {
    throw new Error("The store's configuration has no publishable key.")
  }
  return key
}
