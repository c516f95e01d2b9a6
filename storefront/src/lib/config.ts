/**
 * Where the backend is, which publishable key the store API wants, and
 * Stripe's publishable key for cards. All can be fixed at build time (VITE_*
 * variables); without them the built storefront works for any host and any
 * freshly seeded database.
 */

import { readBoot } from "./boot"

const BACKEND_PORT = 9000

/** `npm start` serves the API on the storefront's host at port 9000, so that is the default. */
export function getBackendUrl(): string {
  const configured = import.meta.env.VITE_MEDUSA_BACKEND_URL
  if (configured) return configured.replace(/\/+$/, "")
  return `${window.location.protocol}//${window.location.hostname}:${BACKEND_PORT}`
}

export interface StorefrontConfig {
  publishable_key: string
  /** Stripe's publishable key; null when the store takes no cards. */
  stripe_publishable_key: string | null
}

// One request per page load; a failed one is forgotten so that Retry asks again.
let storefrontConfig: Promise<StorefrontConfig> | undefined

function getStorefrontConfig(): Promise<StorefrontConfig> {
  // The page may carry it already (the storefront server's boot data): no round trip then.
  const { publishable_key, stripe_publishable_key } = readBoot()
  if (publishable_key) return Promise.resolve({ publishable_key, stripe_publishable_key: stripe_publishable_key || null })
  storefrontConfig ??= fetchStorefrontConfig().catch((error: unknown) => {
    storefrontConfig = undefined
    throw error
  })
  return storefrontConfig
}

export function getPublishableKey(): Promise<string> {
  const configured = import.meta.env.VITE_MEDUSA_PUBLISHABLE_KEY
  if (configured) return Promise.resolve(configured)
  return getStorefrontConfig().then((config) => config.publishable_key)
}

/** Null when cards are off: checkout then offers the bank transfer only. */
export function getStripePublishableKey(): Promise<string | null> {
  const configured = import.meta.env.VITE_STRIPE_PUBLISHABLE_KEY
  if (configured) return Promise.resolve(configured)
  return getStorefrontConfig().then((config) => config.stripe_publishable_key)
}

async function fetchStorefrontConfig(): Promise<StorefrontConfig> {
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
  const body = ((await response.json()) ?? {}) as { publishable_key?: unknown; stripe_publishable_key?: unknown }
  const key = body.publishable_key
  if (typeof key !== "string" || key === "") {
    throw new Error("The store's configuration has no publishable key.")
  }
  const stripeKey = body.stripe_publishable_key
  return { publishable_key: key, stripe_publishable_key: typeof stripeKey === "string" && stripeKey !== "" ? stripeKey : null }
}
