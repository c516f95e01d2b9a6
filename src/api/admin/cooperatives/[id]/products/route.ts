import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCooperativeResponse } from "@cis/contract/cooperative"
import { assignCooperativeProductsWorkflow } from "../../../../../workflows/assign-cooperative-products"
import { retrieveAdminCooperative } from "../../queries"
import type { AdminAssignCooperativeProductsType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminAssignCooperativeProductsType>, res: MedusaResponse<AdminCooperativeResponse>) => {
  await assignCooperativeProductsWorkflow(req.scope).run({
    input: { cooperative_id: req.params.id, ...req.validatedBody },
  })
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}
