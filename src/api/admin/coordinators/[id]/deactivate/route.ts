import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminDeactivateCoordinatorResponse } from "@cis/contract/coordinator-response"
import { asJson } from "@cis/contract/json-date"
import { deactivateCoordinatorWorkflow } from "../../../../../workflows/deactivate-coordinator"

/** Stops a coordinator's access at once (their next request answers 401) and voids any pending invite. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminDeactivateCoordinatorResponse>) => {
  const { result } = await deactivateCoordinatorWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ coordinator: { id: result.id, email: result.email, name: result.name, status: result.status, deactivated_at: asJson(result.deactivated_at) } })
}
