/**
 * The bank details form: values as typed, the request body, and its check by
 * the contract's schema for the route with the checks that need the currency
 * (check digits of IBAN and ABA, ABA required for USD), the same the server
 * runs.
 */
import { transferInstructionsFor } from "@cis/contract/transfer-instructions"
import { checkForm, type ContractFormRules } from "./contract-form"
import type { InstructionsBody, TransferInstructions } from "./bank-transfer-api"

export const INSTRUCTION_FIELDS = ["beneficiary", "bank_name", "bank_address", "account_number", "iban", "swift_bic", "aba_routing", "days_to_pay", "note"] as const
export type InstructionsFormValues = Record<(typeof INSTRUCTION_FIELDS)[number], string>

export function initialInstructionValues(saved: TransferInstructions | undefined): InstructionsFormValues {
  return {
    beneficiary: saved?.beneficiary ?? "",
    bank_name: saved?.bank_name ?? "",
    bank_address: saved?.bank_address ?? "",
    account_number: saved?.account_number ?? "",
    iban: saved?.iban ?? "",
    swift_bic: saved?.swift_bic ?? "",
    aba_routing: saved?.aba_routing ?? "",
    days_to_pay: String(saved?.days_to_pay ?? 14),
    note: saved?.note ?? "",
  }
}

/** Digits only make a number of days; anything else is NaN, which the contract refuses. */
function wholeDays(text: string): number {
  const trimmed = text.trim()
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN
}

export function toInstructionsBody(values: InstructionsFormValues): InstructionsBody {
  const orNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null)
  return {
    beneficiary: values.beneficiary.trim(),
    bank_name: values.bank_name.trim(),
    bank_address: orNull(values.bank_address),
    account_number: orNull(values.account_number),
    iban: orNull(values.iban),
    swift_bic: orNull(values.swift_bic),
    aba_routing: orNull(values.aba_routing),
    days_to_pay: wholeDays(values.days_to_pay),
    note: orNull(values.note),
  }
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
/** The account checks speak in lower case after the field's name on the server; on the field they start a sentence. */
const accountCheck = (issue: { code: string; message: string }) => (issue.code === "custom" ? sentence(issue.message) : undefined)

export function instructionsRules(currency: string): ContractFormRules<InstructionsFormValues> {
  return {
    schema: transferInstructionsFor(currency),
    toBody: toInstructionsBody,
    messages: {
      beneficiary: "Required: the account holder's name as the bank has it",
      days_to_pay: (issue) =>
        issue.code === "too_small" ? `At least ${issue.minimum} day` : issue.code === "too_big" ? `At most ${issue.maximum} days` : "Whole days",
      account_number: accountCheck,
      iban: accountCheck,
      swift_bic: accountCheck,
      aba_routing: accountCheck,
    },
  }
}

/** Every field the values leave wrong for this currency, with its message (empty when they may be saved). */
export const validateInstructions = (currency: string, values: InstructionsFormValues) => checkForm(instructionsRules(currency), values)
