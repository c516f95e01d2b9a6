import { useId, useState } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { CoordinatorApiError } from "../api/client"
import { useRequestPasswordReset } from "../api/request-password-reset"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { AuthForm, AuthSection, EmailField } from "./auth-form"

/** Loose on purpose: the server has the last word; this catches a missing "@" before a round trip. */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Asks for a reset link. The answer is the same for every email, known or
 * not, so the page never tells a stranger who has a login.
 */
export function ForgotPasswordForm({ initialEmail = "" }: { initialEmail?: string }) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  const request = useRequestPasswordReset()
  const [email, setEmail] = useState(initialEmail)
  const [invalid, setInvalid] = useState<"missingEmail" | "notAnEmail" | null>(null)
  const [sentTo, setSentTo] = useState<string | null>(null)
  const id = useId()

  const submit = () => {
    const address = email.trim().toLowerCase()
    const found = !address ? "missingEmail" : EMAIL_SHAPE.test(address) ? null : "notAnEmail"
    setInvalid(found)
    if (found) return
    request.mutate(address, { onSuccess: () => setSentTo(address) })
  }

  let problem: string | undefined
  if (invalid) problem = t(invalid)
  else if (request.isError) {
    const error = request.error
    if (error instanceof CoordinatorApiError && error.status === 429) {
      const minutes = error.retryAfter ? Math.max(1, Math.ceil(error.retryAfter / 60)) : 15
      problem = minutes === 1 ? t("resetsTooManyOneMinute") : t("resetsTooManyMinutes", { minutes })
    } else problem = describe(error)
  }

  return (
    <AuthSection id={id} title={t("forgotTitle")}>
      {sentTo ? (
        <p className="coop-notice coop-notice--success" role="status">
          {t("forgotSent", { email: sentTo })}
        </p>
      ) : (
        <>
          <p className="coop-muted">{t("forgotIntro")}</p>
          <AuthForm onSubmit={submit} problem={problem} submitLabel={t("sendLink")} busy={request.isPending} busyLabel={t("sending")}>
            <EmailField id={id} value={email} onChange={setEmail} invalid={invalid !== null} />
          </AuthForm>
        </>
      )}
      <p>
        <Link to="/coop/login">{t("goToLogin")}</Link>
      </p>
    </AuthSection>
  )
}
