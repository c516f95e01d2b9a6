import { planSale } from "../../src/lib/withheld-channels"

describe("a paused cooperative's products and their sales channels", () => {
  const products = [
    { id: "prod_a", sales_channel_ids: ["sc_web", "sc_fair"] },
    { id: "prod_b", sales_channel_ids: [] },
  ]

  it("takes every product out of every channel on pause and records where it was", () => {
    expect(planSale("paused", products, null)).toEqual({
      withdraw: [
        { product_id: "prod_a", sales_channel_id: "sc_web" },
        { product_id: "prod_a", sales_channel_id: "sc_fair" },
      ],
      restore: [],
      withheld: { prod_a: ["sc_fair", "sc_web"] },
    })
  })

  it("changes nothing when run again while paused", () => {
    const out = [{ id: "prod_a", sales_channel_ids: [] }, { id: "prod_b", sales_channel_ids: [] }]
    expect(planSale("paused", out, { prod_a: ["sc_fair", "sc_web"] })).toEqual({ withdraw: [], restore: [], withheld: { prod_a: ["sc_fair", "sc_web"] } })
  })

  it("withdraws a product added while paused, keeping what was recorded", () => {
    const plan = planSale("paused", [{ id: "prod_a", sales_channel_ids: [] }, { id: "prod_c", sales_channel_ids: ["sc_web"] }], { prod_a: ["sc_web"] })
    expect(plan.withdraw).toEqual([{ product_id: "prod_c", sales_channel_id: "sc_web" }])
    expect(plan.withheld).toEqual({ prod_a: ["sc_web"], prod_c: ["sc_web"] })
  })

  it("gives a product that left the paused cooperative its channels back", () => {
    const plan = planSale("paused", [], { prod_a: ["sc_web"] })
    expect(plan).toEqual({ withdraw: [], restore: [{ product_id: "prod_a", sales_channel_id: "sc_web" }], withheld: null })
  })

  it("puts every recorded channel back on resume, skipping links staff already made again", () => {
    const plan = planSale("active", [{ id: "prod_a", sales_channel_ids: ["sc_web"] }], { prod_a: ["sc_fair", "sc_web"] })
    expect(plan).toEqual({ withdraw: [], restore: [{ product_id: "prod_a", sales_channel_id: "sc_fair" }], withheld: null })
  })
})
