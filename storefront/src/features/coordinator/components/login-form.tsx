import { useId, useState } from "react"
import { Link } from "react-router-dom"
import { TextField } from "@/components/text-field"
import { useMessages } from "@/lib/i18n"
import { useLogin } from "../api/login"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { AUTH_FIELD, AuthForm, AuthSection, EmailField } from "./auth-form"
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

  const submit = () => {
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
    <AuthSection id={id} title={t("loginTitle")}>
      <p className="coop-muted">{t("loginIntro")}</p>
      {notice && (
        <p className={notice === "sessionEnded" ? "coop-notice coop-notice--warning" : "coop-notice"} role="status">
          {t(notice)}
        </p>
      )}
      <AuthForm onSubmit={submit} problem={problem} submitLabel={t("signIn")} busy={login.isPending} busyLabel={t("signingIn")}>
        <EmailField id={id} value={email} onChange={setEmail} invalid={missing && !email.trim()} />
        <TextField
          {...AUTH_FIELD}
          id={`${id}-password`}
          label={t("password")}
          type={showPassword ? "text" : "password"}
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          aria-invalid={missing && !password}
          required
        />
        <label className="coop-check">
          <input type="checkbox" checked={showPassword} onChange={(event) => setShowPassword(event.target.checked)} />
          {t("showPassword")}
        </label>
      </AuthForm>
      <p>
        <Link to="/coop/forgot" state={email.trim() ? { email: email.trim() } : null}>
          {t("forgot")}
        </Link>
      </p>
    </AuthSection>
  )
}
