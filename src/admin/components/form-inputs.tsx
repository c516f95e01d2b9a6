/**
 * The inputs the dashboard's forms repeat, each inside its FormField (label,
 * then the error or the hint) and outlined while refused: a text input or
 * area, a select over fixed options, and how money was sent.
 */
import { Input, Select, Textarea } from "@medusajs/ui"
import type { ComponentProps, ReactNode } from "react"
import { PAYOUT_METHODS, PAYOUT_METHOD_LABELS, type PayoutMethod } from "../lib/vocabulary"
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

/** How the money left (bank transfer, cash, ...), for payouts and advances alike. */
export function PayoutMethodField(props: Omit<SelectFieldProps<PayoutMethod>, "label" | "options" | "optionLabel" | "value"> & { value: PayoutMethod }) {
  return <SelectField {...props} label="Method" options={PAYOUT_METHODS} optionLabel={(method) => PAYOUT_METHOD_LABELS[method]} />
}
