import type { StatementSummary } from "@cis/contract/bank-transfer-response"
import { contractFields } from "../../../contract-fields"
import { listQueryConfig } from "../../list-page"

export const statementSummaryFields = contractFields<StatementSummary>()([
  "id",
  "file_name",
  "imported_by",
  "credit_count",
  "duplicate_count",
  "skipped_count",
  "created_at",
])

/** GET /admin/bank-transfer/statements: the imports without their lines. */
export const listAdminStatementsQueryConfig = listQueryConfig(statementSummaryFields, 20)
