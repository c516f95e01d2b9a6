/**
 * The inputs the dashboard's forms repeat, each inside its FormField (label,
 * then the error or the hint) and outlined while refused: a text input or
 * area, a select over fixed options, a department, and how money was paid.
 * Each takes a field as useContractForm's `fields` binds it (id, label,
 * value, error, onChange), or the same props written out.
 */
import { Input, Select, Textarea } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { todayInput } from "../lib/format"
import type { BoundField } from "../lib/use-contract-form"
import { DEPARTMENTS, DEPARTMENT_CODES, PAYOUT_METHODS, PAYOUT_METHOD_LABELS, type DepartmentCode, type PayoutMethod } from "../lib/vocabulary"
import { FormField } from "./form-field"

type Labelled = { id: string; label: string; error?: string; hint?: ReactNode; optional?: boolean }

type TextFieldProps = Labelled & {
  value: string
  onChange: (value: string) => void
  /** A text area of this many rows instead of a one-line input. */
  rows?: number
} & Pick<ComponentProps<typeof Input>, "type" | "inputMode" | "max" | "placeholder" | "autoComplete">

export function TextField({ id, label, error, hint, optional, value, onChange, rows, ...input }: TextFieldProps) {
  const shared = { id, value, "aria-invalid": Boolean(error) || undefined }
  return (
    <FormField label={label} htmlFor={id} error={error} hint={hint} optional={optional}>
      {rows ? (
        <Textarea {...shared} rows={rows} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <Input {...shared} {...input} onChange={(event) => onChange(event.target.value)} />
      )}
    </FormField>
  )
}

type SelectFieldProps<T extends string> = Labelled & {
  value: T | ""
  options: readonly T[]
  /** How each option reads on screen. */
  optionLabel: (option: T) => string
  onChange: (value: T) => void
  placeholder?: string
}

export function SelectField<T extends string>({ id, label, error, hint, optional, value, options, optionLabel, onChange, placeholder }: SelectFieldProps<T>) {
  return (
    <FormField label={label} htmlFor={id} error={error} hint={hint} optional={optional}>
      <Select value={value} onValueChange={(next) => onChange(next as T)}>
        <Select.Trigger id={id} aria-invalid={Boolean(error) || undefined}>
          <Select.Value placeholder={placeholder} />
        </Select.Trigger>
        <Select.Content>
          {options.map((option) => (
            <Select.Item key={option} value={option}>
              {optionLabel(option)}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </FormField>
  )
}

/** One of El Salvador's departments: where a cooperative is, or where a craft is made. */
export function DepartmentSelectField(props: BoundField<DepartmentCode | "">) {
  return <SelectField {...props} options={DEPARTMENT_CODES} optionLabel={(code) => DEPARTMENTS[code]} placeholder="Choose a department" />
}

type PaymentFieldsProps = { paidDate: BoundField<string>; method: BoundField<PayoutMethod>; reference: BoundField<string> }

/** How money left, for payouts marked paid and advances alike: the day (not in the future), the method, and its proof. */
export function PaymentFields({ paidDate, method, reference }: PaymentFieldsProps) {
  return (
    <>
      <TextField {...paidDate} type="date" max={todayInput()} />
      <SelectField {...method} options={PAYOUT_METHODS} optionLabel={(option) => PAYOUT_METHOD_LABELS[option]} />
      <TextField {...reference} hint="The bank transfer number, or the receipt number for cash." />
    </>
  )
}
