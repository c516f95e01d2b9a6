import { describe, expect, it, vi } from "vitest"
import { json, stubFetch } from "@/testing/fake-backend"

// config.ts caches the key in module scope; each test gets a fresh copy.
async function freshConfig() {
  vi.resetModules()
  return import("./config")
}

describe("config", () => {
  it("finds the backend on the page's host at port 9000 unless told otherwise", async () => {
    const { getBackendUrl } = await freshConfig()
    expect(getBackendUrl()).toBe(`${window.location.protocol}//${window.location.hostname}:9000`)

    vi.stubEnv("VITE_MEDUSA_BACKEND_URL", "https://api.example.org/")
    expect(getBackendUrl()).toBe("https://api.example.org")
  })

  it("fetches the publishable key once and shares it", async () => {
    const fetchMock = stubFetch({ "/public/storefront-config": () => json({ publishable_key: "pk_abc" }) })
    const { getPublishableKey } = await freshConfig()
    expect(await Promise.all([getPublishableKey(), getPublishableKey()])).toEqual(["pk_abc", "pk_abc"])
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it("forgets a failed attempt, with the server's reason, so the next one asks again", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () =>
        ++calls === 1
          ? json({ type: "not_found", message: "seed the store first" }, 404)
          : json({ publishable_key: "pk_abc" }),
    })
    const { getPublishableKey } = await freshConfig()
    await expect(getPublishableKey()).rejects.toThrow("(HTTP 404): seed the store first")
    expect(await getPublishableKey()).toBe("pk_abc")
  })

  it("gives Stripe's key from the same request, or null when the store takes no cards", async () => {
    let stripeKey: string | null = "pk_test_stripe"
    const fetchMock = stubFetch({ "/public/storefront-config": () => json({ publishable_key: "pk_abc", stripe_publishable_key: stripeKey }) })
    let config = await freshConfig()
    expect(await Promise.all([config.getPublishableKey(), config.getStripePublishableKey()])).toEqual(["pk_abc", "pk_test_stripe"])
    expect(fetchMock).toHaveBeenCalledTimes(1)

    stripeKey = null
    config = await freshConfig()
    expect(await config.getStripePublishableKey()).toBeNull()
  })

  it("uses a key given at build time without asking the backend", async () => {
    vi.stubEnv("VITE_MEDUSA_PUBLISHABLE_KEY", "pk_built_in")
    const fetchMock = stubFetch({})
    const { getPublishableKey } = await freshConfig()
    expect(await getPublishableKey()).toBe("pk_built_in")
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
