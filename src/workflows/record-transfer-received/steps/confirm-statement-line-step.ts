import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CONFIRMABLE_STATUSES, type StatementLineStatus } from "../../../lib/statement-vocabulary"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export interface ConfirmStatementLineInput {
  line_id: string
  order_id: string
  payment_id: string
  confirmed_by: string
}

export const confirmStatementLineStepId = "confirm-statement-line"

/**
 * Marks a statement line as the payment of its order, before the capture:
 * the database allows one confirmed line per order, so two confirmations
 * racing for one order cannot both go on to capture. Undone (back to its
 * status before) if the capture fails.
 */
export const confirmStatementLineStep = createStep(
  confirmStatementLineStepId,
  async (input: ConfirmStatementLineInput, { container }) => {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const line = await bank.retrieveStatementLine(input.line_id)
    if (line.order_id !== input.order_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `line_ids: row ${line.row_number} is not matched to this order`)
    if (!CONFIRMABLE_STATUSES.has(line.status as StatementLineStatus)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `line_ids: row ${line.row_number} is ${line.status}; only proposed or over-paying lines can be confirmed`)
    }
    try {
      await bank.updateStatementLines({ id: line.id, status: "confirmed", payment_id: input.payment_id, confirmed_by: input.confirmed_by, confirmed_at: new Date() })
    } catch (error) {
      if (/unique|duplicate/i.test((error as Error).message)) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `line_ids: row ${line.row_number}: another line already paid this order`)
      }
      throw error
    }
    return new StepResponse({ line_id: line.id, row_number: line.row_number }, { id: line.id, status: line.status })
  },
  async (before, { container }) => {
    if (!before) return
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    await bank.updateStatementLines({ id: before.id, status: before.status, payment_id: null, confirmed_by: null, confirmed_at: null })
  }
)
