import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminConfirmStatementResponse, ConfirmResult } from "@cis/contract/bank-transfer-response"
import { MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../../../modules/bank-transfer/service"
import { recordTransferReceivedWorkflow } from "../../../../../../workflows/record-transfer-received"
import type { AdminConfirmStatementLinesType } from "../../../validators"
import { statementView } from "../../statement-view"

/**
 * Staff confirm proposed matches: each line's order payment is captured
 * (one workflow per line, so one refusal does not stop the others). The
 * answer says, per line, whether it was captured or why not.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminConfirmStatementLinesType>, res: MedusaResponse<AdminConfirmStatementResponse>) => {
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  // 404 for an unknown statement, before its lines are looked at.
  await bank.retrieveStatementImport(req.params.id, { select: ["id"] })
  const ids = [...new Set(req.validatedBody.line_ids)]
  const lines = await bank.listStatementLines({ id: ids, import_id: req.params.id }, { select: ["id", "order_id", "row_number"] })
  const unknown = ids.filter((id) => !lines.some((line) => line.id === id))
  if (unknown.length > 0) throw new MedusaError(MedusaError.Types.INVALID_DATA, `line_ids: not lines of this statement: ${unknown.join(", ")}`)

  const results: ConfirmResult[] = []
  for (const line of [...lines].sort((a, b) => a.row_number - b.row_number)) {
    if (!line.order_id) {
      results.push({ line_id: line.id, row_number: line.row_number, captured: false, message: `row ${line.row_number} matches no order` })
      continue
    }
    const { errors } = await recordTransferReceivedWorkflow(req.scope).run({
      input: { order_id: line.order_id, received_by: req.auth_context.actor_id, statement_line_id: line.id },
      throwOnError: false,
    })
    results.push({ line_id: line.id, row_number: line.row_number, captured: errors.length === 0, message: errors[0]?.error?.message ?? null })
  }
  res.json({ results, statement: await statementView(req.scope, req.params.id) })
}
