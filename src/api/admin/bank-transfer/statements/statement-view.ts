import type { MedusaContainer } from "@medusajs/framework/types"
import type { Statement } from "@cis/contract/bank-transfer-response"
import { asJson } from "@cis/contract/json-date"
import { BANK_TRANSFER_MODULE } from "../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../modules/bank-transfer/service"

const LINE_FIELDS = [
  "id",
  "row_number",
  "booked_on",
  "amount",
  "currency_code",
  "description",
  "status",
  "note",
  "order_id",
  "order_display_id",
  "expected_amount",
  "payment_id",
  "confirmed_by",
  "confirmed_at",
] as const

/** An import with its lines in file order; 404 for an unknown id. */
export async function statementView(container: MedusaContainer, id: string): Promise<Statement> {
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const statement = await bank.retrieveStatementImport(id)
  const lines = await bank.listStatementLines({ import_id: id }, { select: [...LINE_FIELDS], order: { row_number: "ASC" } })
  return asJson({ ...statement, lines })
}
