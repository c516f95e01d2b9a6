import { MedusaService } from "@medusajs/framework/utils"
import { DEFAULT_COMMUNITY_FUND_BPS } from "../../lib/split-shares"
import Cooperative from "./models/cooperative"
import CraftOrigin from "./models/craft-origin"
import LedgerEntry from "./models/ledger-entry"
import RevenueSplit from "./models/revenue-split"

class CooperativeModuleService extends MedusaService({ Cooperative, CraftOrigin, RevenueSplit, LedgerEntry }) {
  /** The fund's share now: the stored one, or the default before staff ever set it. */
  async getCommunityFundBps(): Promise<number> {
    const [split] = await this.listRevenueSplits({}, { take: 1 })
    return split?.community_fund_bps ?? DEFAULT_COMMUNITY_FUND_BPS
  }
}

export default CooperativeModuleService
