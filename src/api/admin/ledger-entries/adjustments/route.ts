import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminAdjustmentResponse } from "@cis/contract/ledger-entry-response"
import { asJson } from "@cis/contract/json-date"
import { recordAdjustmentWorkflow } from "../../../../workflows/record-adjustment"
import type { AdminCreateAdjustmentType } from "./validators"

/** A staff correction of a cooperative's balance against a named counter account, signed by the staff user who made it. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateAdjustmentType>, res: MedusaResponse<AdminAdjustmentResponse>) => {
  const { result } = await recordAdjustmentWorkflow(req.scope).run({
    input: { ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.status(201).json({ ledger_entry: asJson(result.find((row) => row.account === "cooperative")), ledger_entries: asJson(result) })
}
