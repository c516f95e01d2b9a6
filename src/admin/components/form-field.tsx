import { Hint, Label, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type FormFieldProps = {
  label: string
  /** The id of the input, so clicking the label focuses it. */
  htmlFor?: string
  optional?: boolean
  /** Explanation shown under the input while there is no error. */
  hint?: ReactNode
  error?: string
  children: ReactNode
  className?: string
}

/** Label, input, then either the error or the hint: one pattern for every form here. */
export function FormField({ label, htmlFor, optional, hint, error, children, className }: FormFieldProps) {
  return (
    <div className={["flex flex-col gap-y-2", className].filter(Boolean).join(" ")}>
      <Label htmlFor={htmlFor} size="small" weight="plus">
        {label}
        {optional && <span className="text-ui-fg-muted font-normal"> (optional)</span>}
      </Label>
      {children}
      {error ? (
        <Hint variant="error">{error}</Hint>
      ) : hint ? (
        <Text size="small" className="text-ui-fg-subtle">
          {hint}
        </Text>
      ) : null}
    </div>
  )
}
