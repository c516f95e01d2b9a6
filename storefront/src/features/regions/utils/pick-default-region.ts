/** The little of a region the automatic pick needs, so tests can build one by hand. */
export interface RegionCandidate {
  id: string
  name: string
  countries?: { iso_2?: string | null }[] | null
}

const FALLBACK_REGION_NAME = "United States"

/** "en-US" → "us", "es-SV" → "sv"; undefined for a bare language ("de"). */
export function countryOfLocale(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).region?.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * The region a first-time visitor most likely ships to: the one selling to
 * their browser's country, else the United States (most buyers), else any.
 */
export function pickDefaultRegion<R extends RegionCandidate>(regions: readonly R[], locale: string): R | undefined {
  const country = countryOfLocale(locale)
  const byCountry = country
    ? regions.find((region) => region.countries?.some((c) => c.iso_2?.toLowerCase() === country))
    : undefined
  return byCountry ?? regions.find((region) => region.name === FALLBACK_REGION_NAME) ?? regions[0]
}
