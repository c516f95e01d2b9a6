import { expandLinkedFields, STORE_PRODUCT_LINKED_FIELDS } from "../../src/api/store/products/linked-fields"

describe("the store's linked product fields", () => {
  it("turn a whole-relation request into the public fields, in every spelling", () => {
    for (const spelling of ["*cooperative", "+*cooperative", "cooperative.*", "+cooperative.*"]) {
      const expanded = expandLinkedFields(spelling).split(",")
      expect(expanded).toContain("+cooperative.share_bps")
      expect(expanded.every((field) => field.startsWith("+cooperative."))).toBe(true)
    }
    expect(expandLinkedFields("*craft_origin")).toContain("+craft_origin.technique")
  })

  it("leave other fields alone, in order", () => {
    expect(expandLinkedFields("id,*variants,+cooperative.bank_details")).toBe("id,*variants,+cooperative.bank_details")
  })

  it("never allow a private field", () => {
    for (const field of ["bank_details", "contact_email", "contact_phone", "contact_name", "internal_notes", "payout_method"]) {
      expect(STORE_PRODUCT_LINKED_FIELDS).not.toContain(`cooperative.${field}`)
    }
  })
})
