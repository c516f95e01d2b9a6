import { describe, expect, it } from "vitest"
import { addressLines, provinceCode } from "./address-rules"

const base = { first_name: "Ana", last_name: "Martínez", address_1: "1 Market St", address_2: null }

describe("addressLines", () => {
  it("writes a US address the American way: City, ST ZIP", () => {
    expect(addressLines({ ...base, city: "San Francisco", province: "CA", postal_code: "94110", country_code: "us" })).toEqual([
      "Ana Martínez",
      "1 Market St",
      "San Francisco, CA 94110",
    ])
  })

  it("writes a continental address with the postal code before the town, and a British one with the postcode last", () => {
    expect(addressLines({ ...base, address_1: "Torstraße 1", city: "Berlin", province: null, postal_code: "10115", country_code: "de" })).toEqual([
      "Ana Martínez",
      "Torstraße 1",
      "10115 Berlin",
    ])
    expect(addressLines({ ...base, address_1: "10 Downing St", city: "London", province: null, postal_code: "SW1A 2AA", country_code: "gb" })).toEqual([
      "Ana Martínez",
      "10 Downing St",
      "London",
      "SW1A 2AA",
    ])
  })
})

describe("provinceCode", () => {
  it("turns a state's name into its code where codes are used, and keeps other countries' text", () => {
    expect(provinceCode("us", "california")).toBe("CA")
    expect(provinceCode("us", " ny ")).toBe("NY")
    expect(provinceCode("us", "Narnia")).toBeUndefined()
    expect(provinceCode("de", " Berlin ")).toBe("Berlin")
    expect(provinceCode("de", "")).toBeUndefined()
  })
})
