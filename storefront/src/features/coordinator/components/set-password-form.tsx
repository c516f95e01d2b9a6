import { useId, useState, type ReactNode } from "react"
import { useMessages } from "@/lib/i18n"
import { portalMessages } from "../messages"
import { AuthForm, AuthSection } from "./auth-form"
import { EMPTY_NEW_PASSWORD, NewPasswordFields, newPasswordProblem } from "./new-password-fields"

interface SetPasswordFormProps {
  /** From the emailed link's ?token=; null when the link was cut short. */
  token: string | null
  title: string
  intro: string
  /** Said instead of the form when the link has no token. */
  noToken: string
  onSave: (token: string, password: string) => void
  saving: boolean
  /** Why the server refused, in words; shown once the fields themselves are fine. */
  refusal: string | undefined
  /** The link can no longer work: the way out below is offered. */
  linkDead: boolean
  /** The button is off, not only while saving. */
  blocked?: boolean
  /** Where to go when the link is missing or dead. */
  wayOut: ReactNode
}

/** A new password chosen with an emailed link: the invitation and the reset ask the same. */
export function SetPasswordForm({ token, title, intro, noToken, onSave, saving, refusal, linkDead, blocked, wayOut }: SetPasswordFormProps) {
  const t = useMessages(portalMessages)
  const [fields, setFields] = useState(EMPTY_NEW_PASSWORD)
  const [checked, setChecked] = useState(false)
  const id = useId()
  const invalid = newPasswordProblem(fields)

  const submit = () => {
    setChecked(true)
    if (!token || invalid) return
    onSave(token, fields.password)
  }

  return (
    <AuthSection id={id} title={title}>
      {!token ? (
        <p className="problem" role="alert">
          {noToken}
        </p>
      ) : (
        <>
          <p className="coop-muted">{intro}</p>
          <AuthForm
            onSubmit={submit}
            problem={checked && invalid ? t(invalid) : refusal}
            submitLabel={t("savePassword")}
            busy={saving}
            busyLabel={t("saving")}
            disabled={blocked}
          >
            <NewPasswordFields id={id} value={fields} onChange={setFields} checked={checked} />
          </AuthForm>
        </>
      )}
      {(!token || linkDead) && <p>{wayOut}</p>}
    </AuthSection>
  )
}
