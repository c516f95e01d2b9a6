/**
 * Edit one currency's bank details, in a drawer (react-hook-form with the
 * zod schema of lib/transfer-instructions-form.ts). Saving real details
 * clears the "example" mark; the server checks IBAN and ABA check digits and
 * names the field it refuses.
 */
import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Input, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { useSaveInstructions, type TransferInstructions } from "../lib/bank-transfer-api"
import { errorMessage, errorStatus, fieldsNamedIn } from "../lib/errors"
import {
  INSTRUCTION_FIELDS,
  initialInstructionValues,
  instructionsFormSchema,
  toInstructionsBody,
  type InstructionsFormValues,
} from "../lib/transfer-instructions-form"
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
  const [open, setOpen] = useState(false)
  const save = useSaveInstructions()
  const form = useForm<InstructionsFormValues>({
    resolver: zodResolver(instructionsFormSchema(currency)),
    defaultValues: initialInstructionValues(saved),
  })
  const code = currency.toUpperCase()
  const id = (field: string) => `bank-${currency}-${field}`

  const openChange = (next: boolean) => {
    if (next) form.reset(initialInstructionValues(saved))
    setOpen(next)
  }

  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync({ currency, body: toInstructionsBody(values) })
      toast.success(`Bank details for ${code} saved`)
      setOpen(false)
    } catch (error) {
      const message = errorMessage(error)
      if (errorStatus(error) === 400) {
        for (const field of fieldsNamedIn(message, INSTRUCTION_FIELDS)) form.setError(field, { message: "The server refused this value (see the message)" })
      }
      toast.error(`Could not save the bank details for ${code}`, { description: message })
    }
  })

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          {saved ? "Edit" : "Set bank details"}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form noValidate className="flex h-full flex-col overflow-hidden" onSubmit={(event) => void submit(event)}>
          <Drawer.Header>
            <Drawer.Title>Bank details for {code}</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              Buyers paying in {code} send their transfer here, quoting their order number (CIS-1042) as the reference.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            {INSTRUCTION_FIELDS.map((field) => {
              const error = form.formState.errors[field]?.message
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
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={save.isPending}>
              Save
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
