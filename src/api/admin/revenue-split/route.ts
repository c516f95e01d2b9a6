import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { updateRevenueSplitWorkflow } from "../../../workflows/update-revenue-split"
import type { AdminUpdateRevenueSplitType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  res.json({ revenue_split: { community_fund_bps: await cooperatives.getCommunityFundBps() } })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateRevenueSplitType>, res: MedusaResponse) => {
  const { result } = await updateRevenueSplitWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ revenue_split: { community_fund_bps: result.community_fund_bps } })
}
