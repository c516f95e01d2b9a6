import { calculatedAmounts, type ApplicablePrice } from "../../src/lib/calculated-price"

/** Rows as the pricing repository returns them: price-list prices first, then most rules, then cheapest. */
const row = (price_set_id: string, amount: string | null, list?: "sale" | "override"): ApplicablePrice => ({
  price_set_id,
  amount,
  price_list_id: list ? `plist_${list}` : null,
  price_list_type: list ?? null,
})

describe("a price set's calculated price, as Medusa's pricing module chooses it", () => {
  it("is the default price when no price list applies, the first (most specific) of them", () => {
    expect(calculatedAmounts([row("ps_a", "12.5"), row("ps_a", "15")])).toEqual(new Map([["ps_a", 12.5]]))
  })

  it("is an override list's price even above the default", () => {
    expect(calculatedAmounts([row("ps_a", "99", "override"), row("ps_a", "12")]).get("ps_a")).toBe(99)
  })

  it("is a sale's price only when it is not above the default", () => {
    expect(calculatedAmounts([row("ps_a", "10", "sale"), row("ps_a", "12")]).get("ps_a")).toBe(10)
    expect(calculatedAmounts([row("ps_a", "12", "sale"), row("ps_a", "12")]).get("ps_a")).toBe(12)
    expect(calculatedAmounts([row("ps_a", "14", "sale"), row("ps_a", "12")]).get("ps_a")).toBe(12)
    // Without a default to compare with, the sale stands; a zero default compares as Medusa's does (not at all).
    expect(calculatedAmounts([row("ps_a", "14", "sale")]).get("ps_a")).toBe(14)
    expect(calculatedAmounts([row("ps_a", "14", "sale"), row("ps_a", "0")]).get("ps_a")).toBe(14)
  })

  it("keeps each price set apart and leaves out sets with no applicable price", () => {
    const amounts = calculatedAmounts([row("ps_a", "5", "override"), row("ps_b", "7"), row("ps_a", "9"), row("ps_b", "8", "sale")])
    expect(amounts).toEqual(new Map([["ps_a", 5], ["ps_b", 7]]))
    expect(calculatedAmounts([]).size).toBe(0)
  })

  it("reads a missing amount as no price", () => {
    expect(calculatedAmounts([row("ps_a", null)]).get("ps_a")).toBeNull()
  })
})
