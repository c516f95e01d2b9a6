import { defineLink } from "@medusajs/framework/utils"
import CooperativeModule from "../modules/cooperative"
import LedgerModule from "../modules/ledger"

/** A ledger entry names its cooperative by id; read-only, so the two modules share no table and no write. */
export default defineLink({ linkable: LedgerModule.linkable.ledgerEntry, field: "cooperative_id" }, CooperativeModule.linkable.cooperative, {
  readOnly: true,
})
