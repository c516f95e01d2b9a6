import type { HTMLInputAutoCompleteAttribute } from "react"

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

/** Label, input, hint and problem, tied together for screen readers. */
export function AccountField({ id, label, value, onChange, type = "text", autoComplete, hint, problem }: AccountFieldProps) {
  const describedBy = [problem ? `${id}-problem` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined
  return (
    <div className="account-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        aria-required="true"
      />
      {hint && (
        <p id={`${id}-hint`} className="account-muted">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="account-problem">
          {problem}
        </p>
      )}
    </div>
  )
}
