import { useNavigate, useSearchParams } from "react-router-dom"
import { AcceptInviteForm } from "@/features/coordinator/components/accept-invite-form"
import { PortalFrame } from "@/features/coordinator/components/portal-frame"

export function Component() {
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  return (
    <PortalFrame>
      <AcceptInviteForm
        token={searchParams.get("token")}
        onAccepted={(email) => navigate("/coop/login", { replace: true, state: { email, notice: "accepted" } })}
      />
    </PortalFrame>
  )
}
