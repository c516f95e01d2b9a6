import { lowestPrice, orderByLowestPrice } from "../../src/lib/price-order"

describe("a craft's price for sorting is its cheapest variant's", () => {
  it("ignores variants with no price in the currency", () => {
    expect(lowestPrice([32, null, 18.5, undefined, 58])).toBe(18.5)
    expect(lowestPrice([null, undefined])).toBeNull()
    expect(lowestPrice([])).toBeNull()
  })
})

describe("ordering by lowest price", () => {
  const products = [
    { id: "prod_01A", variantPrices: [40, 20] },
    { id: "prod_01B", variantPrices: [30] },
    { id: "prod_01C", variantPrices: [null] },
    { id: "prod_01D", variantPrices: [20] },
    { id: "prod_01E", variantPrices: [99] },
  ]

  it("puts the cheapest first, equal prices newest first, unpriced last", () => {
    expect(orderByLowestPrice(products, "asc")).toEqual(["prod_01D", "prod_01A", "prod_01B", "prod_01E", "prod_01C"])
  })

  it("puts the dearest first, equal prices still newest first, unpriced still last", () => {
    expect(orderByLowestPrice(products, "desc")).toEqual(["prod_01E", "prod_01B", "prod_01D", "prod_01A", "prod_01C"])
  })

  it("gives one total order whatever the input order, so pages never overlap", () => {
    const reversed = [...products].reverse()
    expect(orderByLowestPrice(reversed, "asc")).toEqual(orderByLowestPrice(products, "asc"))
  })
})
