import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { Advance, AdminAdvanceListResponse, AdminAdvanceResponse } from "@cis/contract/advance-response"
import { asJson } from "@cis/contract/json-date"
import { recordAdvanceWorkflow } from "../../../workflows/record-advance"
import { listPage } from "../list-page"
import type { AdminCreateAdvanceType, AdminGetAdvancesParamsType } from "../payouts/validators"

/** Advances paid to cooperatives, newest first. Amounts in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetAdvancesParamsType>, res: MedusaResponse<AdminAdvanceListResponse>) => {
  const { rows, ...page } = await listPage<Advance>(req, "advance", req.filterableFields, { paid_at: "DESC", id: "ASC" })
  res.json({ advances: rows, ...page })
}

/** Records money paid to a cooperative ahead of its sales; its next payouts net it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdvanceType>, res: MedusaResponse<AdminAdvanceResponse>) => {
  const { result } = await recordAdvanceWorkflow(req.scope).run({ input: { ...req.validatedBody, created_by: req.auth_context.actor_id } })
  res.status(201).json({ advance: asJson(result) })
}
