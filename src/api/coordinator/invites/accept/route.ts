import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorAcceptInviteResponse } from "@cis/contract/coordinator-response"
import { acceptCoordinatorInviteWorkflow } from "../../../../workflows/accept-coordinator-invite"
import type { AcceptCoordinatorInviteType } from "../../validators"

/** The invited coordinator sets a password; then they log in with POST /auth/coordinator/emailpass. */
export const POST = async (req: MedusaRequest<AcceptCoordinatorInviteType>, res: MedusaResponse<CoordinatorAcceptInviteResponse>) => {
  const { result } = await acceptCoordinatorInviteWorkflow(req.scope).run({ input: req.validatedBody })
  res.json({ coordinator: { id: result.id, email: result.email, name: result.name, status: result.status } })
}
