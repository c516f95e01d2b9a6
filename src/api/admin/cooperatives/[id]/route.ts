import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteCooperativeWorkflow } from "../../../../workflows/delete-cooperative"
import { updateCooperativeWorkflow } from "../../../../workflows/update-cooperative"
import { retrieveAdminCooperative } from "../queries"
import type { AdminUpdateCooperativeType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCooperativeType>, res: MedusaResponse) => {
  await updateCooperativeWorkflow(req.scope).run({ input: { id: req.params.id, update: req.validatedBody } })
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { errors } = await deleteCooperativeWorkflow(req.scope).run({
    input: { id: req.params.id },
    throwOnError: false,
  })
  const error = errors[0]?.error as MedusaError | undefined
  // Medusa's error handler answers every conflict with a generic retry message;
  // staff need to know why this one was refused.
  if (error?.type === MedusaError.Types.CONFLICT) {
    res.status(409).json({ type: "conflict", message: error.message })
    return
  }
  if (error) throw error
  res.json({ id: req.params.id, object: "cooperative", deleted: true })
}
