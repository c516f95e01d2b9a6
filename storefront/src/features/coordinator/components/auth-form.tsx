import type { FormEvent, ReactNode } from "react"
import { TextField } from "@/components/text-field"
import { useMessages } from "@/lib/i18n"
import { portalMessages } from "../messages"

/** Every input of the portal's sign-in pages: the shared text box, in the portal's field layout. */
export const AUTH_FIELD = { fieldClassName: "coop-field", className: "control", hintClassName: "hint" } as const

interface EmailFieldProps {
  /** The form's useId: the input's id is `${id}-email`. */
  id: string
  value: string
  onChange: (value: string) => void
  invalid: boolean
}

/** The login's email: the browser offers the saved username (autocomplete), phones the @ keyboard. */
export function EmailField({ id, value, onChange, invalid }: EmailFieldProps) {
  const t = useMessages(portalMessages)
  return (
    <TextField
      {...AUTH_FIELD}
      id={`${id}-email`}
      label={t("email")}
      type="email"
      autoComplete="username"
      inputMode="email"
      value={value}
      onChange={onChange}
      aria-invalid={invalid}
      required
    />
  )
}

interface AuthSectionProps {
  /** From useId: the heading's id is `${id}-title`. */
  id: string
  title: string
  children: ReactNode
}

/** A sign-in page of the portal, named by its heading. */
export function AuthSection({ id, title, children }: AuthSectionProps) {
  return (
    <section className="coop-auth" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{title}</h1>
      {children}
    </section>
  )
}

interface AuthFormProps {
  onSubmit: () => void
  /** Said at once (role="alert") above the button. */
  problem: string | undefined
  submitLabel: string
  /** Pending: the button says so and cannot be pressed twice. */
  busy: boolean
  busyLabel: string
  /** Off for another reason, such as a dead link. */
  disabled?: boolean
  children: ReactNode
}

/** The fields, what is wrong, and the one button; the browser's own checks are off so the page can say it in words. */
export function AuthForm({ onSubmit, problem, submitLabel, busy, busyLabel, disabled = false, children }: AuthFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onSubmit()
  }
  return (
    <form className="coop-form" onSubmit={submit} noValidate>
      {children}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="coop-button" disabled={busy || disabled}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  )
}
