import { describe, expect, it } from "vitest"
import { findVariant, initialSelection, valueAvailability } from "./select-variant"

const options = [{ id: "opt_size" }, { id: "opt_colour" }]
const variant = (id: string, size: string, colour: string, stock: number, amount: number | null = 95) => ({
  id,
  manage_inventory: true,
  inventory_quantity: stock,
  // Value ids named after their English words, so the choices below read plainly.
  options: [
    { id: size, option_id: "opt_size", value: size },
    { id: colour, option_id: "opt_colour", value: colour },
  ],
  calculated_price: { calculated_amount: amount },
})
const singleSunset = variant("v_single_sunset", "Single", "Sunset", 0)
const singleSea = variant("v_single_sea", "Single", "Sea", 3)
const doubleSunset = variant("v_double_sunset", "Double", "Sunset", 4, null)
const variants = [singleSunset, singleSea, doubleSunset]

describe("findVariant", () => {
  it("is the variant made in every chosen value", () => {
    expect(findVariant(variants, options, { opt_size: "Single", opt_colour: "Sea" })).toBe(singleSea)
    expect(findVariant(variants, options, { opt_size: "Double", opt_colour: "Sunset" })).toBe(doubleSunset)
  })

  it("is nothing for a combination that is not made or not fully chosen", () => {
    expect(findVariant(variants, options, { opt_size: "Double", opt_colour: "Sea" })).toBeUndefined()
    expect(findVariant(variants, options, { opt_size: "Single" })).toBeUndefined()
  })

  it("keeps a choice when the values come back in another language: choices are value ids", () => {
    const spanish = variants.map((v) => ({ ...v, options: v.options.map((o) => ({ ...o, value: `${o.value} (es)` })) }))
    expect(findVariant(spanish, options, { opt_size: "Single", opt_colour: "Sea" })?.id).toBe("v_single_sea")
  })

  it("is the one variant of a product without options", () => {
    expect(findVariant([singleSea], [], {})).toBe(singleSea)
  })
})

describe("initialSelection", () => {
  it("starts on the first variant in stock and priced", () => {
    expect(initialSelection(variants)).toEqual({ opt_size: "Single", opt_colour: "Sea" })
  })

  it("falls back to the first variant when none can be bought", () => {
    expect(initialSelection([singleSunset])).toEqual({ opt_size: "Single", opt_colour: "Sunset" })
    expect(initialSelection([])).toEqual({})
  })
})

describe("valueAvailability", () => {
  const chosen = { opt_size: "Single", opt_colour: "Sea" }
  it("tells available, sold-out, unpriced and unmade values apart, keeping the other choices", () => {
    expect(valueAvailability(variants, options, chosen, "opt_colour", "Sea")).toBe("available")
    expect(valueAvailability(variants, options, chosen, "opt_colour", "Sunset")).toBe("sold_out")
    expect(valueAvailability(variants, options, chosen, "opt_size", "Double")).toBe("not_made")
    expect(valueAvailability(variants, options, { ...chosen, opt_colour: "Sunset" }, "opt_size", "Double")).toBe("not_sold_here")
  })
})
