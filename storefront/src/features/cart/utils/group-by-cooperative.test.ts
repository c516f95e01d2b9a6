import { describe, expect, it } from "vitest"
import { arcoiris, cooperativeProduct, florDeCopinol } from "@/testing/cart-fixtures"
import { availableQuantity, groupByCooperative } from "./group-by-cooperative"

const line = (id: string, product_id: string | null) => ({ id, product_id })

describe("groupByCooperative", () => {
  const products = [cooperativeProduct("prod_a", florDeCopinol), cooperativeProduct("prod_b", arcoiris), cooperativeProduct("prod_c", florDeCopinol, 2)]

  it("keeps the buyer's order, gathers each cooperative's lines and puts the unknown last", () => {
    const groups = groupByCooperative([line("1", "prod_b"), line("2", "prod_gone"), line("3", "prod_a"), line("4", "prod_c"), line("5", null)], products)
    expect(groups.map((group) => [group.cooperative?.name ?? null, group.items.map((item) => item.id)])).toEqual([
      ["Cooperativa Arcoíris", ["1"]],
      ["Cooperativa Flor de Copinol", ["3", "4"]],
      [null, ["2", "5"]],
    ])
  })

  it("counts stock only where the store counts it", () => {
    expect(availableQuantity(products, "variant_prod_c")).toBe(2)
    expect(availableQuantity(products, "variant_prod_a")).toBeUndefined()
    expect(availableQuantity(products, "variant_unknown")).toBeUndefined()
  })
})
