import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BANK_TRANSFER_MODULE } from "../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../modules/bank-transfer/service"

/** The currencies a buyer can pay by bank transfer in (those with instructions); checkout offers the transfer only in these. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const rows = await bank.listTransferInstructions({}, { select: ["currency_code"], order: { currency_code: "ASC" } })
  res.json({ currency_codes: rows.map((row) => row.currency_code) })
}
