import { useId, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { useAcceptInvite } from "../api/accept-invite"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { classifyInviteError } from "../utils/invite-error"

const MIN_PASSWORD = 10

interface AcceptInviteFormProps {
  /** From the invitation link's ?token=; null when the link was cut short. */
  token: string | null
  onAccepted: (email: string) => void
}

export function AcceptInviteForm({ token, onAccepted }: AcceptInviteFormProps) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  const accept = useAcceptInvite()
  const [password, setPassword] = useState("")
  const [repeat, setRepeat] = useState("")
  const [showPassword, setShowPassword] = useState(false)
  const [checked, setChecked] = useState(false)
  const id = useId()

  const tooShort = password.length < MIN_PASSWORD
  const mismatch = password !== repeat

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setChecked(true)
    if (!token || tooShort || mismatch) return
    accept.mutate({ token, password }, { onSuccess: (coordinator) => onAccepted(coordinator.email) })
  }

  let problem: string | undefined
  if (checked && tooShort) problem = t("tooShort")
  else if (checked && mismatch) problem = t("mismatch")
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
            <div className="coop-field">
              <label htmlFor={`${id}-password`}>{t("newPassword")}</label>
              <input
                id={`${id}-password`}
                type={showPassword ? "text" : "password"}
                autoComplete="new-password"
                minLength={MIN_PASSWORD}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
                aria-describedby={`${id}-hint`}
                aria-invalid={checked && tooShort}
                required
              />
              <p id={`${id}-hint`} className="coop-hint">
                {t("passwordHint")}
              </p>
            </div>
            <div className="coop-field">
              <label htmlFor={`${id}-repeat`}>{t("repeatPassword")}</label>
              <input
                id={`${id}-repeat`}
                type={showPassword ? "text" : "password"}
                autoComplete="new-password"
                value={repeat}
                onChange={(event) => setRepeat(event.target.value)}
                aria-invalid={checked && !tooShort && mismatch}
                required
              />
            </div>
            <label className="coop-check">
              <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
              {t("showPassword")}
            </label>
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
