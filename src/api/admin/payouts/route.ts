import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { createPayoutWorkflow } from "../../../workflows/create-payout"
import type { AdminCreatePayoutType, AdminGetPayoutsParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutsParamsType>, res: MedusaResponse) => {
  const { limit, offset, ...equal } = req.validatedQuery
  const filters = Object.fromEntries(Object.entries(equal).filter(([, value]) => value !== undefined))
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [payouts, count] = await ledger.listAndCountPayouts(filters, { skip: offset, take: limit, order: { created_at: "DESC" } })
  res.json({ payouts, count, limit, offset })
}

/** A draft payout reserving the cooperative's unpaid entries in one currency. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePayoutType>, res: MedusaResponse) => {
  const { result } = await createPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, up_to: req.validatedBody.up_to ?? new Date(), created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ payout: result })
}
