/** The bank details a buyer sees (order payment answer, emails) and staff keep, as stored from transfer-instructions.ts's body. */
export type TransferDetails = {
  beneficiary: string
  bank_name: string
  bank_address: string | null
  account_number: string | null
  iban: string | null
  swift_bic: string | null
  aba_routing: string | null
  note: string | null
}

export type TransferInstructions = TransferDetails & {
  id: string
  currency_code: string
  days_to_pay: number
  /** The demo seed's made-up details, which the dashboard warns about until staff replace them. */
  is_example: boolean
  updated_by: string | null
  created_at: string
  updated_at: string
}

/** A currency some region sells in or that has instructions, and whether it has (real) ones. */
export type TransferCurrency = { currency_code: string; region_names: string[]; has_instructions: boolean; is_example: boolean }

/** GET /admin/bank-transfer/instructions */
export type AdminTransferInstructionsListResponse = { instructions: TransferInstructions[]; currencies: TransferCurrency[] }
/** POST /admin/bank-transfer/instructions/:currency */
export type AdminTransferInstructionsResponse = { instructions: TransferInstructions }
/** DELETE /admin/bank-transfer/instructions/:currency */
export type AdminTransferInstructionsDeleteResponse = { currency_code: string; object: "transfer_instructions"; deleted: true }
