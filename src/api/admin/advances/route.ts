import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAdvanceListResponse, AdminAdvanceResponse } from "@cis/contract/advance-response"
import { asJson } from "@cis/contract/json-date"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { recordAdvanceWorkflow } from "../../../workflows/record-advance"
import type { AdminCreateAdvanceType, AdminGetAdvancesParamsType } from "../payouts/validators"

/** Advances paid to cooperatives, newest first. Amounts in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAdvancesParamsType>, res: MedusaResponse<AdminAdvanceListResponse>) => {
  const { limit, offset, ...equal } = req.validatedQuery
  const filters = Object.fromEntries(Object.entries(equal).filter(([, value]) => value !== undefined))
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [advances, count] = await ledger.listAndCountAdvances(filters, { skip: offset, take: limit, order: { paid_at: "DESC", id: "ASC" } })
  res.json({ advances: asJson(advances), count, limit, offset })
}

/** Records money paid to a cooperative ahead of its sales; its next payouts net it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdvanceType>, res: MedusaResponse<AdminAdvanceResponse>) => {
  const { result } = await recordAdvanceWorkflow(req.scope).run({ input: { ...req.validatedBody, created_by: req.auth_context.actor_id } })
  res.status(201).json({ advance: asJson(result) })
}
