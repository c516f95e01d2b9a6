import { useId, useState, type FormEvent } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { useSignIn } from "../api/sign-in"
import { accountMessages } from "../messages"
import { validateSignIn, type AccountField as Field, type AccountProblems } from "../utils/validate-account"
import { AccountField } from "./account-field"
import { AccountFormSection } from "./account-form-section"
import "../account.css"

interface SignInFormProps {
  /** After Medusa accepted the login: e.g. bring the guest cart along, then go on. */
  onSignedIn: () => Promise<void> | void
}

export function SignInForm({ onSignedIn }: SignInFormProps) {
  const t = useMessages(accountMessages)
  const formId = useId()
  const [email, setEmail] = useState("")
  const [password, setPassword] = useState("")
  const [problems, setProblems] = useState<AccountProblems>({})
  const signIn = useSignIn()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (signIn.isPending) return
    const found = validateSignIn({ email, password })
    setProblems(found)
    const first = (["email", "password"] as Field[]).find((field) => found[field])
    if (first) {
      document.getElementById(`${formId}-${first}`)?.focus()
      return
    }
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void onSignedIn() })
  }
  const problemText = (field: Field) => {
    const problem = problems[field]
    return problem === "required" ? t("required") : problem === "email" ? t("invalidEmail") : undefined
  }

  return (
    <AccountFormSection
      title={t("signInTitle")}
      intro={t("signInIntro")}
      onSubmit={submit}
      request={signIn}
      action="signIn"
      submitLabel={t("signIn")}
      pendingLabel={t("signingIn")}
      after={
        <>
          <p>
            {t("noAccount")} <Link to="/account/sign-up">{t("toSignUp")}</Link>
          </p>
          <p className="account-muted">
            {t("guestNote")} <Link to="/order">{t("toLookup")}</Link>
          </p>
        </>
      }
    >
      <AccountField id={`${formId}-email`} label={t("email")} type="email" autoComplete="email" value={email} onChange={setEmail} problem={problemText("email")} />
      <AccountField
        id={`${formId}-password`}
        label={t("password")}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        problem={problemText("password")}
      />
    </AccountFormSection>
  )
}
