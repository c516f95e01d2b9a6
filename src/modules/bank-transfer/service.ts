import { MedusaService } from "@medusajs/framework/utils"
import StatementImport from "./models/statement-import"
import StatementLine from "./models/statement-line"
import TransferInstruction from "./models/transfer-instruction"

/** Transfer instructions per currency, and imported bank statements with their matches. */
class BankTransferModuleService extends MedusaService({ TransferInstruction, StatementImport, StatementLine }) {}

export default BankTransferModuleService
