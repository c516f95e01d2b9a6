import { describe, expect, it } from "vitest"
import { checkQuantity } from "./quantity"
import { maxOrderable, stockOf } from "./stock"

describe("stockOf", () => {
  it("calls 5 or fewer low stock and more than 5 in stock", () => {
    expect(stockOf({ manage_inventory: true, inventory_quantity: 6 })).toEqual({ status: "in_stock", quantity: 6 })
    expect(stockOf({ manage_inventory: true, inventory_quantity: 5 })).toEqual({ status: "low_stock", quantity: 5 })
    expect(stockOf({ manage_inventory: true, inventory_quantity: 1 })).toEqual({ status: "low_stock", quantity: 1 })
  })

  it("is out of stock at zero, below zero (oversold) or with no count", () => {
    expect(stockOf({ manage_inventory: true, inventory_quantity: 0 }).status).toBe("out_of_stock")
    expect(stockOf({ manage_inventory: true, inventory_quantity: -2 }).status).toBe("out_of_stock")
    expect(stockOf({ manage_inventory: true }).status).toBe("out_of_stock")
  })

  it("never runs out of a variant whose stock is not managed", () => {
    expect(stockOf({ manage_inventory: false }).status).toBe("untracked")
    expect(maxOrderable(stockOf({ manage_inventory: false, inventory_quantity: 0 }))).toBeUndefined()
  })

  it("caps what may be ordered at the stock", () => {
    expect(maxOrderable(stockOf({ manage_inventory: true, inventory_quantity: 3 }))).toBe(3)
    expect(maxOrderable(stockOf({ manage_inventory: true, inventory_quantity: 0 }))).toBe(0)
  })
})

describe("checkQuantity", () => {
  it("takes whole numbers from 1 up to the stock", () => {
    expect(checkQuantity("1", 3)).toEqual({ ok: true, quantity: 1 })
    expect(checkQuantity(" 3 ", 3)).toEqual({ ok: true, quantity: 3 })
    expect(checkQuantity("250", undefined)).toEqual({ ok: true, quantity: 250 })
  })

  it("refuses more than the stock", () => {
    expect(checkQuantity("4", 3)).toEqual({ ok: false, problem: "too_many" })
  })

  it("refuses what is not a whole number of at least 1", () => {
    for (const text of ["", "0", "-1", "1.5", "1e2", "two"]) {
      expect(checkQuantity(text, 10)).toEqual({ ok: false, problem: "invalid" })
    }
  })
})
