import { useMessages } from "@/lib/i18n"
import { portalMessages } from "../messages"

export const MIN_PASSWORD = 10

/** What the two fields hold; the form decides when to show what is wrong with them. */
export interface NewPassword {
  password: string
  repeat: string
  show: boolean
}

export const EMPTY_NEW_PASSWORD: NewPassword = { password: "", repeat: "", show: false }

/** Too short comes first: a mismatch between two short passwords is not the news. */
export function newPasswordProblem({ password, repeat }: NewPassword): "tooShort" | "mismatch" | null {
  if (password.length < MIN_PASSWORD) return "tooShort"
  if (password !== repeat) return "mismatch"
  return null
}

interface NewPasswordFieldsProps {
  id: string
  value: NewPassword
  onChange: (value: NewPassword) => void
  /** True once the form was submitted: only then are the fields marked invalid. */
  checked: boolean
}

/** The new password twice, with its rule and a show toggle: the invitation and the reset ask the same. */
export function NewPasswordFields({ id, value, onChange, checked }: NewPasswordFieldsProps) {
  const t = useMessages(portalMessages)
  const problem = newPasswordProblem(value)
  return (
    <>
      <div className="coop-field">
        <label htmlFor={`${id}-password`}>{t("newPassword")}</label>
        <input
          id={`${id}-password`}
          type={value.show ? "text" : "password"}
          autoComplete="new-password"
          minLength={MIN_PASSWORD}
          value={value.password}
          onChange={(event) => onChange({ ...value, password: event.target.value })}
          aria-describedby={`${id}-hint`}
          aria-invalid={checked && problem === "tooShort"}
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
          type={value.show ? "text" : "password"}
          autoComplete="new-password"
          value={value.repeat}
          onChange={(event) => onChange({ ...value, repeat: event.target.value })}
          aria-invalid={checked && problem === "mismatch"}
          required
        />
      </div>
      <label className="coop-check">
        <input type="checkbox" checked={value.show} onChange={(event) => onChange({ ...value, show: event.target.checked })} />
        {t("showPassword")}
      </label>
    </>
  )
}
