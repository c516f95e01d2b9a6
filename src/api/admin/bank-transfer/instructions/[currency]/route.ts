import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { deleteTransferInstructionsWorkflow } from "../../../../../workflows/delete-transfer-instructions"
import { upsertTransferInstructionsWorkflow } from "../../../../../workflows/upsert-transfer-instructions"
import type {
  AdminTransferInstructionsDeleteResponse,
  AdminTransferInstructionsResponse,
} from "@cis/contract/transfer-instructions-response"
import { asJson } from "@cis/contract/json-date"
import type { InvalidDataResponse } from "@cis/contract/invalid-data"
import { CurrencyParam, instructionIssues, type AdminUpsertTransferInstructionsType } from "../../validators"

function currencyOf(req: AuthenticatedMedusaRequest<unknown>): string {
  const parsed = CurrencyParam.safeParse({ currency: req.params.currency })
  if (!parsed.success) throw new MedusaError(MedusaError.Types.INVALID_DATA, `currency: ${parsed.error.issues[0]?.message ?? "invalid"}`)
  return parsed.data.currency
}

/** Staff set (or replace) the instructions for one currency; the check digits of IBAN and ABA are verified. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpsertTransferInstructionsType>, res: MedusaResponse<AdminTransferInstructionsResponse | InvalidDataResponse>) => {
  const currency_code = currencyOf(req)
  const issues = instructionIssues(currency_code, req.validatedBody)
  if (issues.length > 0) {
    // The same 400 as a refused schema (validate-body-with-issues): the message lists them, `issues` names the fields.
    const refusal: InvalidDataResponse = { type: "invalid_data", message: issues.map((issue) => issue.message).join("; "), issues }
    return res.status(400).json(refusal)
  }
  const { result } = await upsertTransferInstructionsWorkflow(req.scope).run({
    input: { currency_code, ...req.validatedBody, updated_by: req.auth_context.actor_id },
  })
  res.json({ instructions: asJson(result) })
}

/** Removes a currency's instructions: checkout stops offering the bank transfer in it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminTransferInstructionsDeleteResponse>) => {
  const currency_code = currencyOf(req)
  await deleteTransferInstructionsWorkflow(req.scope).run({ input: { currency_code } })
  res.json({ currency_code, object: "transfer_instructions", deleted: true })
}
