import { describe, expect, it } from "vitest"
import { EMPTY_DRAFT } from "./checkout-draft"
import { validateDraft } from "./validate-draft"

const complete = {
  ...EMPTY_DRAFT,
  email: "ana@example.org",
  first_name: "Ana",
  last_name: "Martínez",
  address_1: "Torstraße 1",
  city: "Berlin",
  postal_code: "10115",
  country_code: "de",
}

describe("validateDraft", () => {
  it("accepts a complete address in one of the region's countries; optional fields may stay empty", () => {
    expect(validateDraft(complete, ["de", "fr"])).toEqual({})
  })

  it("asks for every required field, the postal code included, and ignores blank-only answers", () => {
    expect(validateDraft({ ...complete, postal_code: "  ", city: "" }, ["de"])).toEqual({ postal_code: "required", city: "required" })
  })

  it("refuses a malformed email and a country outside the region", () => {
    expect(validateDraft({ ...complete, email: "ana@example" }, ["de"])).toEqual({ email: "email" })
    expect(validateDraft({ ...complete, country_code: "us" }, ["de", "fr"])).toEqual({ country_code: "country" })
  })

  it("checks the postal code's shape and asks for a state where the carrier needs one", () => {
    const us = { ...complete, address_1: "1 Market St", city: "San Francisco", country_code: "us" }
    // ZIP "ABC" with no state was accepted.
    expect(validateDraft({ ...us, postal_code: "ABC", province: "" }, ["us"])).toEqual({ postal_code: "postal", province: "province" })
    expect(validateDraft({ ...us, postal_code: "94110", province: "CA" }, ["us"])).toEqual({})
    expect(validateDraft({ ...us, postal_code: "94110-1234", province: "california" }, ["us"])).toEqual({})
    expect(validateDraft({ ...us, postal_code: "94110", province: "Narnia" }, ["us"])).toEqual({ province: "province" })
    const ca = { ...complete, country_code: "ca", city: "Ottawa", province: "ON" }
    expect(validateDraft({ ...ca, postal_code: "k1a 0b1" }, ["ca"])).toEqual({})
    expect(validateDraft({ ...ca, postal_code: "12345" }, ["ca"])).toEqual({ postal_code: "postal" })
    const gb = { ...complete, country_code: "gb", city: "London" }
    expect(validateDraft({ ...gb, postal_code: "SW1A 1AA" }, ["gb"])).toEqual({})
    expect(validateDraft({ ...gb, postal_code: "94110" }, ["gb"])).toEqual({ postal_code: "postal" })
    expect(validateDraft({ ...complete, postal_code: "1011" }, ["de"])).toEqual({ postal_code: "postal" })
    expect(validateDraft({ ...complete, country_code: "ie", city: "Dublin", postal_code: "D02 X285" }, ["ie"])).toEqual({})
  })
})
