import { describe, expect, it } from "vitest"
import { updateCart } from "@/features/cart/api/update-cart"
import { updateCheckoutCart } from "@/features/checkout/api/update-checkout-cart"
import { json, stubFetch } from "@/testing/fake-backend"
import { storefrontConfig } from "@/testing/medusa-fixtures"

describe("changes to one cart from different features", () => {
  it("go one at a time, as Medusa's cart lock requires: switching region during checkout gets no 500", async () => {
    let inFlight = 0
    let overlapped = false
    const sent: unknown[] = []
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/carts/cart_1": async (_url, init) => {
        inFlight++
        if (inFlight > 1) overlapped = true
        sent.push(JSON.parse(String(init?.body)))
        await new Promise((resolve) => setTimeout(resolve, 20))
        inFlight--
        // What Medusa answers a change that arrives while another holds the cart.
        if (overlapped) return json({ type: "unknown_error", message: "Failed to acquire lock for key cart_1" }, 500)
        return json({ cart: { id: "cart_1", region_id: "reg_uk", currency_code: "gbp", items: [] } })
      },
    })
    // The header's follow-up and the checkout's own region move, started in the same instant.
    const results = await Promise.allSettled([
      updateCart("cart_1", { region_id: "reg_uk", locale: "es-SV" }),
      updateCheckoutCart("cart_1", { region_id: "reg_uk" }),
    ])
    expect(overlapped).toBe(false)
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"])
    expect(sent).toHaveLength(2)
  })

  it("still sends the next change after one fails", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/carts/cart_2": () =>
        ++calls === 1 ? json({ type: "invalid_data", message: "no" }, 400) : json({ cart: { id: "cart_2", region_id: "reg_us", items: [] } }),
    })
    const [first, second] = await Promise.allSettled([updateCart("cart_2", { region_id: "reg_us" }), updateCheckoutCart("cart_2", { region_id: "reg_us" })])
    expect(first.status).toBe("rejected")
    expect(second.status).toBe("fulfilled")
  })
})
