import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminRevenueSplitResponse } from "@cis/contract/revenue-split-response"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { updateRevenueSplitWorkflow } from "../../../workflows/update-revenue-split"
import type { AdminUpdateRevenueSplitType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminRevenueSplitResponse>) => {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  res.json({ revenue_split: { community_fund_bps: await ledger.getCommunityFundBps() } })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRevenueSplitType>, res: MedusaResponse<AdminRevenueSplitResponse>) => {
  const { result } = await updateRevenueSplitWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ revenue_split: { community_fund_bps: result.community_fund_bps } })
}
