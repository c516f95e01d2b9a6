import { useId, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { useSignUp } from "../api/sign-up"
import { accountMessages } from "../messages"
import { MIN_PASSWORD_LENGTH, validateSignUp, type AccountField as Field, type AccountProblems } from "../utils/validate-account"
import { AccountField } from "./account-field"
import { AccountFormSection } from "./account-form-section"
import "../account.css"

const ORDER: Field[] = ["firstName", "lastName", "email", "password"]

export function SignUpForm({ onSignedIn }: { onSignedIn: () => Promise<void> | void }) {
  const t = useMessages(accountMessages)
  const formId = useId()
  const [values, setValues] = useState({ firstName: "", lastName: "", email: "", password: "" })
  const [problems, setProblems] = useState<AccountProblems>({})
  const signUp = useSignUp()
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (signUp.isPending) return
    const found = validateSignUp(values)
    setProblems(found)
    const first = ORDER.find((field) => found[field])
    if (first) {
      document.getElementById(`${formId}-${first}`)?.focus()
      return
    }
    signUp.mutate(
      { email: values.email.trim(), password: values.password, firstName: values.firstName.trim(), lastName: values.lastName.trim() },
      { onSuccess: () => void onSignedIn() }
    )
  }
  const problemText = (field: Field) => {
    const problem = problems[field]
    if (problem === "required") return t("required")
    if (problem === "email") return t("invalidEmail")
    if (problem === "passwordShort") return t("passwordShort", { min: MIN_PASSWORD_LENGTH })
    return undefined
  }

  return (
    <AccountFormSection
      title={t("signUpTitle")}
      intro={t("signUpIntro")}
      onSubmit={submit}
      request={signUp}
      action="signUp"
      submitLabel={t("signUp")}
      pendingLabel={t("signingUp")}
      after={
        <p>
          {t("haveAccount")} <Link to="/account">{t("toSignIn")}</Link>
        </p>
      }
    >
      <AccountField id={`${formId}-firstName`} label={t("firstName")} autoComplete="given-name" value={values.firstName} onChange={set("firstName")} problem={problemText("firstName")} />
      <AccountField id={`${formId}-lastName`} label={t("lastName")} autoComplete="family-name" value={values.lastName} onChange={set("lastName")} problem={problemText("lastName")} />
      <AccountField id={`${formId}-email`} label={t("email")} type="email" autoComplete="email" value={values.email} onChange={set("email")} problem={problemText("email")} />
      <AccountField
        id={`${formId}-password`}
        label={t("password")}
        type="password"
        autoComplete="new-password"
        value={values.password}
        onChange={set("password")}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        problem={problemText("password")}
      />
    </AccountFormSection>
  )
}
