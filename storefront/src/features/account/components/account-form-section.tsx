import { useId, type FormEvent, type ReactNode } from "react"
import { AccountError } from "./account-error"

interface AccountFormSectionProps {
  title: string
  intro: string
  onSubmit: (event: FormEvent) => void
  /** The sign-in or sign-up request: its button waits on it, and its failure shows under the form. */
  request: { isPending: boolean; isError: boolean; error: unknown }
  action: "signIn" | "signUp"
  submitLabel: string
  pendingLabel: string
  /** The form's fields. */
  children: ReactNode
  /** The ways on, under the form: to the other form, to the order lookup. */
  after: ReactNode
}

/** The sign-in and the sign-up page: a titled form whose button waits on its request, then the ways on. */
export function AccountFormSection({ title, intro, onSubmit, request, action, submitLabel, pendingLabel, children, after }: AccountFormSectionProps) {
  const headingId = useId()
  return (
    <section className="account" aria-labelledby={headingId}>
      <h1 id={headingId}>{title}</h1>
      <p>{intro}</p>
      <form className="account-form" onSubmit={onSubmit} noValidate>
        {children}
        <button type="submit" className="button" disabled={request.isPending}>
          {request.isPending ? pendingLabel : submitLabel}
        </button>
      </form>
      {request.isError && <AccountError error={request.error} action={action} />}
      {after}
    </section>
  )
}
