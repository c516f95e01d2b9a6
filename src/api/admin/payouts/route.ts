import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutListResponse, AdminPayoutResponse } from "@cis/contract/payout-response"
import { asJson } from "@cis/contract/json-date"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { createPayoutWorkflow } from "../../../workflows/create-payout"
import type { AdminCreatePayoutType, AdminGetPayoutsParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutsParamsType>, res: MedusaResponse<AdminPayoutListResponse>) => {
  const { limit, offset, ...equal } = req.validatedQuery
  const filters = Object.fromEntries(Object.entries(equal).filter(([, value]) => value !== undefined))
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [payouts, count] = await ledger.listAndCountPayouts(filters, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ payouts: asJson(payouts), count, limit, offset })
}

/** A draft payout reserving the cooperative's unpaid entries in one currency. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePayoutType>, res: MedusaResponse<AdminPayoutResponse>) => {
  const { result } = await createPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, up_to: req.validatedBody.up_to ?? new Date(), created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ payout: asJson(result) })
}
