import { useId, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { useLogin } from "../api/login"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { classifyLoginError } from "../utils/login-error"

export type LoginNotice = "sessionEnded" | "loggedOut" | "accepted" | "passwordReset"

interface LoginFormProps {
  initialEmail?: string
  /** Why the visitor is here, if the portal sent them. */
  notice?: LoginNotice
  onLoggedIn: () => void
}

export function LoginForm({ initialEmail = "", notice, onLoggedIn }: LoginFormProps) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  const login = useLogin()
  const [email, setEmail] = useState(initialEmail)
  const [password, setPassword] = useState("")
  const [showPassword, setShowPassword] = useState(false)
  const [missing, setMissing] = useState(false)
  const id = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!email.trim() || !password) {
      setMissing(true)
      return
    }
    setMissing(false)
    // Logins are stored in lower case (the invite lower-cases the email): "Marta@..." must still get in.
    login.mutate({ email: email.trim().toLowerCase(), password }, { onSuccess: onLoggedIn })
  }

  let problem: string | undefined
  if (missing) problem = t("missingFields")
  else if (login.isError) {
    const found = classifyLoginError(login.error)
    if (found.kind === "wrong-credentials") problem = t("wrongCredentials")
    else if (found.kind === "too-many") {
      if (found.minutes === null) problem = t("tooManyLater")
      else problem = found.minutes === 1 ? t("tooManyOneMinute") : t("tooManyMinutes", { minutes: found.minutes })
    } else problem = describe(login.error)
  }

  return (
    <section className="coop-auth" aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t("loginTitle")}</h1>
      <p className="coop-muted">{t("loginIntro")}</p>
      {notice && (
        <p className={notice === "sessionEnded" ? "coop-notice coop-notice--warning" : "coop-notice"} role="status">
          {t(notice)}
        </p>
      )}
      <form className="coop-form" onSubmit={submit} noValidate>
        <div className="coop-field">
          <label htmlFor={`${id}-email`}>{t("email")}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            aria-invalid={missing && !email.trim()}
            required
          />
        </div>
        <div className="coop-field">
          <label htmlFor={`${id}-password`}>{t("password")}</label>
          <input
            id={`${id}-password`}
            type={showPassword ? "text" : "password"}
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={missing && !password}
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
        <button type="submit" className="coop-button" disabled={login.isPending}>
          {login.isPending ? t("signingIn") : t("signIn")}
        </button>
      </form>
      <p>
        <Link to="/coop/forgot" state={email.trim() ? { email: email.trim() } : null}>
          {t("forgot")}
        </Link>
      </p>
    </section>
  )
}
