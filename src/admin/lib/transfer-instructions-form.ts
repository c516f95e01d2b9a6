/**
 * The bank details form: its zod schema (what the dashboard checks before
 * sending; the server checks the same and the check digits again) and the
 * conversion to the request body.
 */
import { z } from "zod"
import type { InstructionsBody, TransferInstructions } from "./bank-transfer-api"

const optional = (max: number, label: string) => z.string().trim().max(max, `At most ${max} characters for ${label}`)

export const instructionsFormSchema = (currency: string) =>
  z
    .object({
      beneficiary: z.string().trim().min(1, "Required: the account holder's name as the bank has it").max(200),
      bank_name: z.string().trim().min(1, "Required").max(200),
      bank_address: optional(300, "the address"),
      account_number: optional(64, "the account number"),
      iban: optional(42, "the IBAN").refine((v) => v === "" || /^[A-Za-z]{2}\d{2}[A-Za-z0-9 ]{11,38}$/.test(v), "Two letters, two digits, then the account (e.g. DE89 3704 …)"),
      swift_bic: optional(11, "SWIFT/BIC").refine((v) => v === "" || /^[A-Za-z0-9]{8}([A-Za-z0-9]{3})?$/.test(v), "8 or 11 letters and digits"),
      aba_routing: optional(11, "the routing number").refine((v) => v === "" || /^\d{9}$/.test(v.replace(/\s/g, "")), "9 digits"),
      days_to_pay: z.coerce.number().int("Whole days").min(1, "At least 1 day").max(60, "At most 60 days"),
      note: optional(1000, "the note"),
    })
    .superRefine((values, ctx) => {
      if (!values.account_number && !values.iban) ctx.addIssue({ code: "custom", path: ["account_number"], message: "An account number or an IBAN is required" })
      if (currency === "usd" && !values.aba_routing) ctx.addIssue({ code: "custom", path: ["aba_routing"], message: "Required for USD: US buyers pay domestically with it" })
    })

export type InstructionsFormValues = z.input<ReturnType<typeof instructionsFormSchema>>

export const INSTRUCTION_FIELDS = ["beneficiary", "bank_name", "bank_address", "account_number", "iban", "swift_bic", "aba_routing", "days_to_pay", "note"] as const

export function initialInstructionValues(saved: TransferInstructions | undefined): InstructionsFormValues {
  return {
    beneficiary: saved?.beneficiary ?? "",
    bank_name: saved?.bank_name ?? "",
    bank_address: saved?.bank_address ?? "",
    account_number: saved?.account_number ?? "",
    iban: saved?.iban ?? "",
    swift_bic: saved?.swift_bic ?? "",
    aba_routing: saved?.aba_routing ?? "",
    days_to_pay: saved?.days_to_pay ?? 14,
    note: saved?.note ?? "",
  }
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
    days_to_pay: Number(values.days_to_pay),
    note: orNull(values.note),
  }
}
