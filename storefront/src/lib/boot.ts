/**
 * What the storefront server wrote into the page (scripts/lib/boot-data.ts):
 * the publishable key and the regions, so the first screen need not ask the
 * API for them one after the other. Absent under Vite's dev server or when
 * the API did not answer in time: callers then ask the API as before.
 */
export interface BootData {
  publishable_key?: string
  stripe_publishable_key?: string | null
  regions?: unknown[]
  /** The page's first crafts, for the region and language the server guessed (the Accept-Language header). */
  products?: { region_id: string; locale: string | null; limit: number; fetched_at: number; response: unknown }
}

let boot: BootData | undefined

export function readBoot(): BootData {
  if (boot) return boot
  boot = {}
  try {
    const text = typeof document === "undefined" ? null : document.getElementById("cis-boot")?.textContent
    if (text) boot = JSON.parse(text) as BootData
  } catch {
    // A damaged block is ignored: the API answers the same questions.
  }
  return boot
}

/** For tests: forget what was read, so the next read looks at the page again. */
export function forgetBoot() {
  boot = undefined
}
