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
})
