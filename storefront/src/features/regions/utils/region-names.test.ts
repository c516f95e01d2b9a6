import { describe, expect, it } from "vitest"
import { regionDisplayName, regionsByDisplayName } from "./region-names"

const regions = [
  { id: "us", name: "United States", countries: [{ iso_2: "us" }] },
  { id: "ca", name: "Canada", countries: [{ iso_2: "ca" }] },
  { id: "eu", name: "European Union", countries: ["de", "fr", "es", "it", "nl", "be", "at", "ie"].map((iso_2) => ({ iso_2 })) },
  { id: "gb", name: "United Kingdom", countries: [{ iso_2: "gb" }] },
  { id: "sv", name: "El Salvador", countries: [{ iso_2: "sv" }] },
]

describe("region names in the reader's language", () => {
  it("names one-country regions by the country and an all-EU region as the EU, in Spanish", () => {
    expect(regions.map((region) => regionDisplayName(region, "es"))).toEqual([
      "Estados Unidos",
      "Canadá",
      "Unión Europea",
      "Reino Unido",
      "El Salvador",
    ])
  })

  it("sorts in the reader's alphabet, not the store's English", () => {
    expect(regionsByDisplayName(regions, "es").map(({ name }) => name)).toEqual([
      "Canadá",
      "El Salvador",
      "Estados Unidos",
      "Reino Unido",
      "Unión Europea",
    ])
    expect(regionsByDisplayName(regions, "en").map(({ region }) => region.id)).toEqual(["ca", "sv", "eu", "gb", "us"])
  })

  it("keeps staff's name for a mixed region", () => {
    const mixed = { name: "Rest of world", countries: [{ iso_2: "mx" }, { iso_2: "de" }] }
    expect(regionDisplayName(mixed, "es")).toBe("Rest of world")
  })
})
