/**
 * Edit one currency's bank details, in a drawer, checked by the contract's
 * schema with the currency's own rules (lib/transfer-instructions-form.ts).
 * Saving real details clears the "example" mark; the server runs the same
 * checks and names the fields it refuses by path.
 */
import { Input, Textarea, toast } from "@medusajs/ui"
import { useMemo } from "react"
import { useSaveInstructions, type TransferInstructions } from "../lib/bank-transfer-api"
import { contractCheck } from "../lib/contract-form"
import { INSTRUCTION_FIELDS, initialInstructionValues, instructionsRules, toInstructionsBody } from "../lib/transfer-instructions-form"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"

type Props = { currency: string; saved: TransferInstructions | undefined }

const LABELS: Record<(typeof INSTRUCTION_FIELDS)[number], string> = {
  beneficiary: "Beneficiary (account holder)",
  bank_name: "Bank",
  bank_address: "Bank address",
  account_number: "Account number",
  iban: "IBAN",
  swift_bic: "SWIFT/BIC",
  aba_routing: "ABA routing number",
  days_to_pay: "Days to pay",
  note: "Note for buyers",
}

const HINTS: Partial<Record<(typeof INSTRUCTION_FIELDS)[number], string>> = {
  account_number: "Or the IBAN below; for Canada, institution, transit and account; for the UK, sort code and account.",
  swift_bic: "Needed by buyers paying from abroad.",
  days_to_pay: "Buyers are asked to pay within this many days; unpaid orders are cancelled after TRANSFER_CANCEL_DAYS, never before this.",
  note: "Shown as written on the confirmation and in the email (write both languages).",
}

export function TransferInstructionsDrawer({ currency, saved }: Props) {
  // The checks depend on the currency (ABA for USD); one drawer serves one currency.
  const check = useMemo(() => contractCheck(instructionsRules(currency)), [currency])
  const contract = useContractForm(check, () => initialInstructionValues(saved), LABELS)
  const { form, errors } = contract
  const save = useSaveInstructions()
  const code = currency.toUpperCase()
  const id = (field: string) => `bank-${currency}-${field}`

  return (
    <FormDrawer
      contract={contract}
      save={async (values) => {
        await save.mutateAsync({ currency, body: toInstructionsBody(values) })
        toast.success(`Bank details for ${code} saved`)
      }}
      failureTitle={`Could not save the bank details for ${code}`}
      triggerLabel={saved ? "Edit" : "Set bank details"}
      title={<>Bank details for {code}</>}
      description={<>Buyers paying in {code} send their transfer here, quoting their order number (CIS-1042) as the reference.</>}
      submitLabel="Save"
      pending={save.isPending}
    >
      {INSTRUCTION_FIELDS.map((field) => {
        const error = errors[field]
        const optional = !["beneficiary", "bank_name", "days_to_pay"].includes(field) && !(field === "aba_routing" && currency === "usd")
        return (
          <FormField key={field} label={LABELS[field]} htmlFor={id(field)} optional={optional} error={error} hint={HINTS[field]}>
            {field === "note" || field === "bank_address" ? (
              <Textarea id={id(field)} aria-invalid={Boolean(error) || undefined} {...form.register(field)} />
            ) : (
              <Input
                id={id(field)}
                inputMode={field === "days_to_pay" || field === "aba_routing" ? "numeric" : undefined}
                aria-invalid={Boolean(error) || undefined}
                {...form.register(field)}
              />
            )}
          </FormField>
        )
      })}
    </FormDrawer>
  )
}
