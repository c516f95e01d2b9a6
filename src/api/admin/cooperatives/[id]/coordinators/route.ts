import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminCoordinatorListResponse, AdminInviteCoordinatorResponse } from "@cis/contract/coordinator-response"
import { asJson } from "@cis/contract/json-date"
import { MedusaError } from "@medusajs/framework/utils"
import { storefrontUrl } from "../../../../../lib/runtime-config"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { inviteCoordinatorWorkflow } from "../../../../../workflows/invite-coordinator"
import type { AdminInviteCoordinatorType } from "./validators"

/** What staff see of a coordinator: never the invite's hash. */
const COORDINATOR_FIELDS = ["id", "cooperative_id", "email", "name", "status", "invite_expires_at", "invited_by", "activated_at", "deactivated_at", "created_at"] as const

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCoordinatorListResponse>) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  // 404 for an unknown cooperative, rather than an empty list.
  const cooperative = await cooperatives.retrieveCooperative(req.params.id, { select: ["id"] })
  const coordinators = await cooperatives.listCoordinators({ cooperative_id: cooperative.id }, { select: [...COORDINATOR_FIELDS], order: { created_at: "ASC" } })
  res.json({ coordinators: asJson(coordinators) })
}

/**
 * Invites a coordinator: the answer carries the invite link once (it is also
 * sent through the notification module); afterwards only its hash exists.
 * An email already invited here or deactivated here is invited again on the
 * same row (`reinvited: true`), its previous link dead; an active
 * coordinator's email, or another cooperative's, answers 409.
 */
export const POST = async (req: AuthenticatedMedusaRequest<AdminInviteCoordinatorType>, res: MedusaResponse<AdminInviteCoordinatorResponse | { type: "duplicate_error"; message: string }>) => {
  try {
    const { result } = await inviteCoordinatorWorkflow(req.scope).run({
      input: {
        ...req.validatedBody,
        cooperative_id: req.params.id,
        invited_by: req.auth_context.actor_id,
        accept_url: `${storefrontUrl(process.env)}/coop/accept`,
      },
    })
    // Typed as the picked fields, so the answer is still checked against the contract's Coordinator.
    const coordinator = Object.fromEntries(COORDINATOR_FIELDS.map((field) => [field, result.coordinator[field]])) as Pick<
      typeof result.coordinator,
      (typeof COORDINATOR_FIELDS)[number]
    >
    res.status(201).json({ coordinator: asJson(coordinator), invite_url: result.invite_url, reinvited: result.reinvited })
  } catch (error) {
    // Medusa would answer a duplicate with a generic message; staff need to know which email.
    if ((error as MedusaError).type === MedusaError.Types.DUPLICATE_ERROR) {
      res.status(409).json({ type: "duplicate_error", message: (error as Error).message })
      return
    }
    throw error
  }
}
