import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreRevenueSplitResponse } from "@cis/contract/revenue-split-response"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/**
 * The store-wide community fund share, so the product page can show where a
 * price goes with the same rule the ledger applies (cooperative shares come
 * with each product's cooperative).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreRevenueSplitResponse>) => {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  res.json({ community_fund_bps: await ledger.getCommunityFundBps() })
}
