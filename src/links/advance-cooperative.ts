import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import LedgerModule from "../modules/ledger"

/** An advance is paid to one cooperative (read-only: the ledger keeps the id, the cooperative module the profile). */
export default defineLink({ linkable: LedgerModule.linkable.advance, field: "cooperative_id" }, CooperativeModule.linkable.cooperative, {
  readOnly: true,
})
