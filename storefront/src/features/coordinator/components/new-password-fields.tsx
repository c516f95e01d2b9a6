import { TextField } from "@/components/text-field"
import { useMessages } from "@/lib/i18n"
import { portalMessages } from "../messages"
import { AUTH_FIELD } from "./auth-form"

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
  const field = { ...AUTH_FIELD, type: value.show ? "text" : "password", autoComplete: "new-password", required: true }
  return (
    <>
      <TextField
        {...field}
        id={`${id}-password`}
        label={t("newPassword")}
        minLength={MIN_PASSWORD}
        value={value.password}
        onChange={(password) => onChange({ ...value, password })}
        hint={t("passwordHint")}
        aria-invalid={checked && problem === "tooShort"}
      />
      <TextField
        {...field}
        id={`${id}-repeat`}
        label={t("repeatPassword")}
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
        aria-invalid={checked && problem === "mismatch"}
      />
      <label className="coop-check">
        <input type="checkbox" checked={value.show} onChange={(event) => onChange({ ...value, show: event.target.checked })} />
        {t("showPassword")}
      </label>
    </>
  )
}
