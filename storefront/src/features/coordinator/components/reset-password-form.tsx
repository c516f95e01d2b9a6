import { useId, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { CoordinatorApiError } from "../api/client"
import { useResetPassword } from "../api/reset-password"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { EMPTY_NEW_PASSWORD, NewPasswordFields, newPasswordProblem } from "./new-password-fields"

interface ResetPasswordFormProps {
  /** From the emailed link's ?token=; null when the link was cut short. */
  token: string | null
  onReset: () => void
}

/** Sets a new password with the emailed link: it works once, for 15 minutes (Medusa's reset token). */
export function ResetPasswordForm({ token, onReset }: ResetPasswordFormProps) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  const reset = useResetPassword()
  const [fields, setFields] = useState(EMPTY_NEW_PASSWORD)
  const [checked, setChecked] = useState(false)
  const id = useId()
  const invalid = newPasswordProblem(fields)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setChecked(true)
    if (!token || invalid) return
    reset.mutate({ token, password: fields.password }, { onSuccess: onReset })
  }

  // Medusa answers 401 to a used, expired or replaced token alike.
  const linkDead = reset.error instanceof CoordinatorApiError && reset.error.status === 401
  let problem: string | undefined
  if (checked && invalid) problem = t(invalid)
  else if (linkDead) problem = t("resetLinkDead")
  else if (reset.isError) problem = describe(reset.error)

  return (
    <section className="coop-auth" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t("resetTitle")}</h1>
      {!token ? (
        <p className="coop-problem" role="alert">
          {t("resetMissing")}
        </p>
      ) : (
        <>
          <p className="coop-muted">{t("resetIntro")}</p>
          <form className="coop-form" onSubmit={submit} noValidate>
            <NewPasswordFields id={id} value={fields} onChange={setFields} checked={checked} />
            {problem && (
              <p className="coop-problem" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" className="coop-button" disabled={reset.isPending || linkDead}>
              {reset.isPending ? t("saving") : t("savePassword")}
            </button>
          </form>
        </>
      )}
      {(!token || linkDead) && (
        <p>
          <Link to="/coop/forgot">{t("askNewLink")}</Link>
        </p>
      )}
    </section>
  )
}
