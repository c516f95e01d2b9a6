import { model } from "@medusajs/framework/utils"

/** The store-wide part of the split: the community development fund's share. A single row. */
const RevenueSplit = model
  .define("revenue_split", {
    id: model.id({ prefix: "rsplit" }).primaryKey(),
    community_fund_bps: model.number(),
  })
  .checks([
    {
      name: "CHK_revenue_split_fund_bps",
      expression: (columns) => `${columns.community_fund_bps} BETWEEN 0 AND 10000`,
    },
  ])

export default RevenueSplit
