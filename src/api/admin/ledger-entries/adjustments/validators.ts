/** The body schema is the contract's, shared with the dashboard's form. */
export { AdminCreateAdjustment, type AdminCreateAdjustmentType } from "@cis/contract/ledger-adjustment"
