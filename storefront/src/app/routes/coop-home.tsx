import { Navigate, useSearchParams } from "react-router-dom"
import { PortalFrame } from "@/features/coordinator/components/portal-frame"
import { PortalHome } from "@/features/coordinator/components/portal-home"
import { useCoordinatorToken } from "@/features/coordinator/hooks/use-coordinator-token"
import { useLogout } from "@/features/coordinator/hooks/use-logout"
import { parseTab } from "@/features/coordinator/utils/tabs"
import { lastSessionEnd } from "@/features/coordinator/utils/session"
import { useLanguage } from "@/lib/i18n"

/** The coordinator portal (outside the buyer's layout: no ShopProvider, so the locale comes from the language alone). */
export function Component() {
  const token = useCoordinatorToken()
  const logout = useLogout()
  const { locale } = useLanguage()
  const [searchParams] = useSearchParams()

  // No token: never signed in, logged out, or a 401 just ended the session (an expired or deactivated login).
  if (!token) {
    const ended = lastSessionEnd()
    const notice = ended === "expired" ? "sessionEnded" : ended === "logout" ? "loggedOut" : undefined
    return <Navigate to="/coop/login" replace state={notice ? { notice } : null} />
  }
  return (
    <PortalFrame onLogout={logout}>
      <PortalHome tab={parseTab(searchParams.get("tab"))} locale={locale} />
    </PortalFrame>
  )
}
