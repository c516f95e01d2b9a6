import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import LedgerModule from "../modules/ledger"

/** A payout is to one cooperative (read-only: the ledger keeps the id, the cooperative module the profile). */
export default defineLink({ linkable: LedgerModule.linkable.payout, field: "cooperative_id" }, CooperativeModule.linkable.cooperative, {
  readOnly: true,
})
