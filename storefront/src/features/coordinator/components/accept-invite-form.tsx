import { useId, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { useAcceptInvite } from "../api/accept-invite"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { classifyInviteError } from "../utils/invite-error"
import { EMPTY_NEW_PASSWORD, NewPasswordFields, newPasswordProblem } from "./new-password-fields"

interface AcceptInviteFormProps {
  /** From the invitation link's ?token=; null when the link was cut short. */
  token: string | null
  onAccepted: (email: string) => void
}

export function AcceptInviteForm({ token, onAccepted }: AcceptInviteFormProps) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  const accept = useAcceptInvite()
  const [fields, setFields] = useState(EMPTY_NEW_PASSWORD)
  const [checked, setChecked] = useState(false)
  const id = useId()
  const invalid = newPasswordProblem(fields)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setChecked(true)
    if (!token || invalid) return
    accept.mutate({ token, password: fields.password }, { onSuccess: (coordinator) => onAccepted(coordinator.email) })
  }

  let problem: string | undefined
  if (checked && invalid) problem = t(invalid)
  else if (accept.isError) {
    const found = classifyInviteError(accept.error)
    problem = found ? t(found) : describe(accept.error)
  }
  const linkDead = accept.isError && classifyInviteError(accept.error) !== null && classifyInviteError(accept.error) !== "tooShort"

  return (
    <section className="coop-auth" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t("acceptTitle")}</h1>
      {!token ? (
        <p className="coop-problem" role="alert">
          {t("inviteMissing")}
        </p>
      ) : (
        <>
          <p className="coop-muted">{t("acceptIntro")}</p>
          <form className="coop-form" onSubmit={submit} noValidate>
            <NewPasswordFields id={id} value={fields} onChange={setFields} checked={checked} />
            {problem && (
              <p className="coop-problem" role="alert">
                {problem}
              </p>
            )}
            <button type="submit" className="coop-button" disabled={accept.isPending}>
              {accept.isPending ? t("saving") : t("savePassword")}
            </button>
          </form>
        </>
      )}
      {(!token || linkDead) && (
        <p>
          <Link to="/coop/login">{t("goToLogin")}</Link>
        </p>
      )}
    </section>
  )
}
