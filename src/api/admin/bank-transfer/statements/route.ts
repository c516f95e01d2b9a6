import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminStatementListResponse, AdminStatementResponse, StatementSummary } from "@cis/contract/bank-transfer-response"
import { listPage } from "../../list-page"
import { importBankStatementWorkflow } from "../../../../workflows/import-bank-statement"
import type { AdminImportStatementType, AdminGetStatementsParamsType } from "../validators"
import { statementView } from "./statement-view"

/** Imported statements, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetStatementsParamsType>, res: MedusaResponse<AdminStatementListResponse>) => {
  const { rows, ...page } = await listPage<StatementSummary>(req, "statement_import", {}, { created_at: "DESC" })
  res.json({ statements: rows, ...page })
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
