import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { accountMessages } from "../messages"
import "../account.css"

/** For a guest at checkout: signing in brings this cart along and comes back here. */
export function SignInHint({ returnTo }: { returnTo: string }) {
  const t = useMessages(accountMessages)
  return (
    <p className="account-hint">
      {t("checkoutHint")} <Link to={`/account?next=${encodeURIComponent(returnTo)}`}>{t("checkoutHintLink")}</Link>
    </p>
  )
}
