import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { useAcceptInvite } from "../api/accept-invite"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"
import { classifyInviteError } from "../utils/invite-error"
import { SetPasswordForm } from "./set-password-form"

interface AcceptInviteFormProps {
  /** From the invitation link's ?token=; null when the link was cut short. */
  token: string | null
  onAccepted: (email: string) => void
}

export function AcceptInviteForm({ token, onAccepted }: AcceptInviteFormProps) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  const accept = useAcceptInvite()
  const found = accept.isError ? classifyInviteError(accept.error) : null
  const refusal = accept.isError ? (found ? t(found) : describe(accept.error)) : undefined

  return (
    <SetPasswordForm
      token={token}
      title={t("acceptTitle")}
      intro={t("acceptIntro")}
      noToken={t("inviteMissing")}
      onSave={(linkToken, password) => accept.mutate({ token: linkToken, password }, { onSuccess: (coordinator) => onAccepted(coordinator.email) })}
      saving={accept.isPending}
      refusal={refusal}
      linkDead={found !== null && found !== "tooShort"}
      wayOut={<Link to="/coop/login">{t("goToLogin")}</Link>}
    />
  )
}
