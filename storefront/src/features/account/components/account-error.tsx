import { FetchError } from "@medusajs/js-sdk"
import { describeError } from "@/lib/describe-error"
import { useMessages } from "@/lib/i18n"
import { accountMessages } from "../messages"

/** Why a sign-in or sign-up failed, in words a buyer can act on. */
export function AccountError({ error, action }: { error: unknown; action: "signIn" | "signUp" }) {
  const t = useMessages(accountMessages)
  const status = error instanceof FetchError ? error.status : undefined
  const message = error instanceof Error ? error.message : ""
  let text: string
  if (status === 429) text = t("tooMany")
  else if (action === "signUp" && /exist/i.test(message)) text = t("emailTaken")
  else if (action === "signIn" && status === 401) text = t("wrongLogin")
  else text = `${t("failed")} ${describeError(error)}`
  return (
    <p role="alert" className="account-problem">
      {text}
    </p>
  )
}
