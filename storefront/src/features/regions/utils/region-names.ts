/** Where a region's countries all belong, the name Intl knows for the group (CLDR has "EU": "Unión Europea"). */
const EU_MEMBERS = new Set(
  "at be bg hr cy cz dk ee fi fr de gr hu ie it lv lt lu mt nl pl pt ro sk si es se".split(" ")
)

interface NamedRegion {
  name?: string | null
  countries?: readonly { iso_2?: string | null }[] | null
}

function displayNames(locale: string): Intl.DisplayNames | undefined {
  try {
    return new Intl.DisplayNames([locale], { type: "region" })
  } catch {
    return undefined
  }
}

/**
 * A region's name in the reader's language: a one-country region is that
 * country ("Reino Unido"), an all-EU region the EU ("Unión Europea"); any
 * other keeps the name staff gave it in the store.
 */
export function regionDisplayName(region: NamedRegion, locale: string, names = displayNames(locale)): string {
  const codes = (region.countries ?? []).map((country) => (country.iso_2 ?? "").toLowerCase()).filter(Boolean)
  const code = codes.length === 1 ? codes[0]! : codes.length > 1 && codes.every((c) => EU_MEMBERS.has(c)) ? "eu" : undefined
  const translated = code ? names?.of(code.toUpperCase()) : undefined
  return translated ?? region.name ?? ""
}

/** The regions with their names in the reader's language, in the reader's alphabetical order. */
export function regionsByDisplayName<R extends NamedRegion>(regions: readonly R[], locale: string): { region: R; name: string }[] {
  const names = displayNames(locale)
  const collator = new Intl.Collator(locale)
  return regions
    .map((region) => ({ region, name: regionDisplayName(region, locale, names) }))
    .sort((a, b) => collator.compare(a.name, b.name))
}
