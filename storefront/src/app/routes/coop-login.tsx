import { Navigate, useLocation, useNavigate } from "react-router-dom"
import { LoginForm, type LoginNotice } from "@/features/coordinator/components/login-form"
import { PortalFrame } from "@/features/coordinator/components/portal-frame"
import { useCoordinatorToken } from "@/features/coordinator/hooks/use-coordinator-token"

interface LoginState {
  email?: string
  notice?: LoginNotice
}

export function Component() {
  const token = useCoordinatorToken()
  const navigate = useNavigate()
  const state = (useLocation().state ?? {}) as LoginState
  if (token) return <Navigate to="/coop" replace />
  return (
    <PortalFrame>
      <LoginForm initialEmail={state.email} notice={state.notice} onLoggedIn={() => navigate("/coop", { replace: true })} />
    </PortalFrame>
  )
}
