/** The body schema is the contract's, shared with the dashboard's settings page. */
export { AdminUpdateRevenueSplit, type AdminUpdateRevenueSplitType } from "@cis/contract/revenue-split"
