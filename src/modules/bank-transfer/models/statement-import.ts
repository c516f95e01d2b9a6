import { model } from "@medusajs/framework/utils"
import StatementLine from "./statement-line"

/** One upload of a bank statement (CSV): who sent it, and how many of its credits were new. */
const StatementImport = model.define("statement_import", {
  id: model.id({ prefix: "bstmt" }).primaryKey(),
  file_name: model.text(),
  imported_by: model.text(),
  /** Credits in the file. */
  credit_count: model.number(),
  /** Credits already imported before (same fingerprint): kept once, never matched twice. */
  duplicate_count: model.number(),
  /** Debits and zero rows, which are not incoming transfers. */
  skipped_count: model.number(),
  lines: model.hasMany(() => StatementLine, { mappedBy: "import" }),
})

export default StatementImport
