import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { CoordinatorApiError } from "../api/client"
import { useResetPassword } from "../api/reset-password"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { SetPasswordForm } from "./set-password-form"

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
  // Medusa answers 401 to a used, expired or replaced token alike.
  const linkDead = reset.error instanceof CoordinatorApiError && reset.error.status === 401
  const refusal = linkDead ? t("resetLinkDead") : reset.isError ? describe(reset.error) : undefined

  return (
    <SetPasswordForm
      token={token}
      title={t("resetTitle")}
      intro={t("resetIntro")}
      noToken={t("resetMissing")}
      onSave={(linkToken, password) => reset.mutate({ token: linkToken, password }, { onSuccess: onReset })}
      saving={reset.isPending}
      refusal={refusal}
      linkDead={linkDead}
      blocked={linkDead}
      wayOut={<Link to="/coop/forgot">{t("askNewLink")}</Link>}
    />
  )
}
