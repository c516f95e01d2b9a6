import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export interface TransferInstructionsInput {
  currency_code: string
  beneficiary: string
  bank_name: string
  bank_address?: string | null
  account_number?: string | null
  iban?: string | null
  swift_bic?: string | null
  aba_routing?: string | null
  days_to_pay: number
  note?: string | null
  is_example?: boolean
  updated_by: string
}

type Row = Awaited<ReturnType<BankTransferModuleService["listTransferInstructions"]>>[number]
type Undo = { created: string } | { previous: Row }

export const upsertTransferInstructionsStepId = "upsert-transfer-instructions"

/** Creates or replaces a currency's instructions; undone by deleting what it created or restoring what it replaced. */
export const upsertTransferInstructionsStep = createStep(
  upsertTransferInstructionsStepId,
  async (input: TransferInstructionsInput, { container }) => {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const values = {
      beneficiary: input.beneficiary,
      bank_name: input.bank_name,
      bank_address: input.bank_address ?? null,
      account_number: input.account_number ?? null,
      iban: input.iban ?? null,
      swift_bic: input.swift_bic ?? null,
      aba_routing: input.aba_routing ?? null,
      days_to_pay: input.days_to_pay,
      note: input.note ?? null,
      // Staff saving the form make the details real; only the seed writes examples.
      is_example: input.is_example ?? false,
      updated_by: input.updated_by,
    }
    const [existing] = await bank.listTransferInstructions({ currency_code: input.currency_code }, { take: 1 })
    if (existing) {
      const updated = await bank.updateTransferInstructions({ id: existing.id, ...values })
      return new StepResponse(updated, { previous: existing } as Undo)
    }
    const created = await bank.createTransferInstructions({ currency_code: input.currency_code, ...values })
    return new StepResponse(created, { created: created.id } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    if ("created" in undo) await bank.deleteTransferInstructions(undo.created)
    else {
      const { id, beneficiary, bank_name, bank_address, account_number, iban, swift_bic, aba_routing, days_to_pay, note, is_example, updated_by } = undo.previous
      await bank.updateTransferInstructions({ id, beneficiary, bank_name, bank_address, account_number, iban, swift_bic, aba_routing, days_to_pay, note, is_example, updated_by })
    }
  }
)
