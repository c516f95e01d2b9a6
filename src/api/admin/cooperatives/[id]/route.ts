import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteCooperativeWorkflow } from "../../../../workflows/delete-cooperative"
import { updateCooperativeWorkflow } from "../../../../workflows/update-cooperative"
import type { InvalidDataResponse } from "@cis/contract/invalid-data"
import { retrieveAdminCooperative } from "../queries"
import { answerFailure } from "../rule-refusal"
import type { AdminCooperativeDeleteResponse, AdminCooperativeResponse, AdminUpdateCooperativeBody } from "@cis/contract/cooperative"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeResponse>) => {
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCooperativeBody>,
  res: MedusaResponse<AdminCooperativeResponse | InvalidDataResponse>
) => {
  const { errors } = await updateCooperativeWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
    throwOnError: false,
  })
  if (errors.length) return answerFailure(res, errors[0])
  res.json({ cooperative: await retrieveAdminCooperative(req.scope, req.params.id) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeDeleteResponse | { type: "conflict"; message: string }>) => {
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
