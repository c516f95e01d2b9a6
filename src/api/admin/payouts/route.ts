import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutListResponse, AdminPayoutResponse, Payout } from "@cis/contract/payout-response"
import { asJson } from "@cis/contract/json-date"
import { createPayoutWorkflow } from "../../../workflows/create-payout"
import { listPage } from "../list-page"
import type { AdminCreatePayoutType, AdminGetPayoutsParamsType } from "./validators"

/** Payouts, newest first, filtered by cooperative, status and currency. Amounts in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetPayoutsParamsType>, res: MedusaResponse<AdminPayoutListResponse>) => {
  const { rows, ...page } = await listPage<Payout>(req, "payout", req.filterableFields, { created_at: "DESC" })
  res.json({ payouts: rows, ...page })
}

/** A draft payout reserving the cooperative's unpaid entries in one currency. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreatePayoutType>, res: MedusaResponse<AdminPayoutResponse>) => {
  const { result } = await createPayoutWorkflow(req.scope).run({
    input: { ...req.validatedBody, up_to: req.validatedBody.up_to ?? new Date(), created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ payout: asJson(result) })
}
