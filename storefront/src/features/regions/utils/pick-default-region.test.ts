import { describe, expect, it } from "vitest"
import { countryOfLocale, pickDefaultRegion, type RegionCandidate } from "./pick-default-region"

const region = (id: string, name: string, countries: string[]): RegionCandidate => ({
  id,
  name,
  countries: countries.map((iso_2) => ({ iso_2 })),
})

const canada = region("reg_ca", "Canada", ["ca"])
const unitedStates = region("reg_us", "United States", ["us"])
const europe = region("reg_eu", "European Union", ["de", "fr", "es"])
const elSalvador = region("reg_sv", "El Salvador", ["sv"])
const regions = [canada, unitedStates, europe, elSalvador]

describe("countryOfLocale", () => {
  it("takes the country part of a language tag, lower-cased", () => {
    expect(countryOfLocale("en-US")).toBe("us")
    expect(countryOfLocale("zh-Hant-TW")).toBe("tw")
  })

  it("has no country for a bare language or a malformed tag", () => {
    expect(countryOfLocale("de")).toBeUndefined()
    expect(countryOfLocale("not a locale!")).toBeUndefined()
  })

  it("passes UN area codes through; no region's countries match them", () => {
    expect(countryOfLocale("es-419")).toBe("419")
  })
})

describe("pickDefaultRegion", () => {
  it("picks the region selling to the browser's country", () => {
    expect(pickDefaultRegion(regions, "en-US")).toBe(unitedStates)
    expect(pickDefaultRegion(regions, "de-DE")).toBe(europe)
    expect(pickDefaultRegion(regions, "es-SV")).toBe(elSalvador)
    expect(pickDefaultRegion(regions, "fr-CA")).toBe(canada)
  })

  it("falls back to the United States when the country is not sold to", () => {
    expect(pickDefaultRegion(regions, "ja-JP")).toBe(unitedStates)
    expect(pickDefaultRegion(regions, "de")).toBe(unitedStates)
    expect(pickDefaultRegion(regions, "es-419")).toBe(unitedStates)
  })

  it("falls back to the first region when there is no United States", () => {
    expect(pickDefaultRegion([europe, elSalvador], "ja-JP")).toBe(europe)
  })

  it("copes with regions listed without countries, and with none at all", () => {
    expect(pickDefaultRegion([{ id: "reg_x", name: "X", countries: null }], "en-US")?.id).toBe("reg_x")
    expect(pickDefaultRegion([], "en-US")).toBeUndefined()
  })
})
