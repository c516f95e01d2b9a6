import { useLocation } from "react-router-dom"
import { ForgotPasswordForm } from "@/features/coordinator/components/forgot-password-form"
import { PortalFrame } from "@/features/coordinator/components/portal-frame"

export function Component() {
  const state = (useLocation().state ?? {}) as { email?: string }
  return (
    <PortalFrame>
      <ForgotPasswordForm initialEmail={state.email} />
    </PortalFrame>
  )
}
