import type { HTMLInputAutoCompleteAttribute } from "react"
import { TextField } from "@/components/text-field"

interface AccountFieldProps {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: "email" | "password" | "text"
  autoComplete: HTMLInputAutoCompleteAttribute
  hint?: string
  problem?: string
}

/** Label, input, hint and problem, tied together for screen readers; every account field is required. */
export function AccountField({ type = "text", ...field }: AccountFieldProps) {
  return (
    <TextField
      {...field}
      type={type}
      aria-required="true"
      fieldClassName="account-field"
      hintClassName="account-muted"
      problemClassName="account-problem"
    />
  )
}
