import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminStatementListResponse, AdminStatementResponse } from "@cis/contract/bank-transfer-response"
import { asJson } from "@cis/contract/json-date"
import { BANK_TRANSFER_MODULE } from "../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../modules/bank-transfer/service"
import { importBankStatementWorkflow } from "../../../../workflows/import-bank-statement"
import type { AdminImportStatementType, AdminListParamsType } from "../validators"
import { statementView } from "./statement-view"

/** Imported statements, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListParamsType>, res: MedusaResponse<AdminStatementListResponse>) => {
  const { limit, offset } = req.validatedQuery
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const [statements, count] = await bank.listAndCountStatementImports({}, { order: { created_at: "DESC" }, take: limit, skip: offset })
  res.json({ statements: asJson(statements), count, limit, offset })
}

/**
 * Staff upload their bank's statement (the CSV file's text). Its incoming
 * transfers are kept once each and matched to awaiting orders; nothing is
 * captured until staff confirm. A bad row answers 400 naming it, and
 * nothing is stored.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminImportStatementType>, res: MedusaResponse<AdminStatementResponse>) => {
  const { file_name, content, currency_code, date_order } = req.validatedBody
  const { result } = await importBankStatementWorkflow(req.scope).run({
    input: { file_name, content, options: { currency_code, date_order }, imported_by: req.auth_context.actor_id },
  })
  res.status(201).json({ statement: await statementView(req.scope, result.id) })
}
