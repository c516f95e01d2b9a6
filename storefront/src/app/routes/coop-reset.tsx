import { useNavigate, useSearchParams } from "react-router-dom"
import { PortalFrame } from "@/features/coordinator/components/portal-frame"
import { ResetPasswordForm } from "@/features/coordinator/components/reset-password-form"

export function Component() {
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  return (
    <PortalFrame>
      <ResetPasswordForm
        token={searchParams.get("token")}
        onReset={() => navigate("/coop/login", { replace: true, state: { notice: "passwordReset" } })}
      />
    </PortalFrame>
  )
}
