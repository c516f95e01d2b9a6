/** The body schema is the contract's, shared with the dashboard's form. */
export { AdminUpsertCraftOrigin, type AdminUpsertCraftOriginType } from "@cis/contract/craft-origin"
