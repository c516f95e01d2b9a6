import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken, inviteExpiry, newInviteToken } from "../../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface InviteCoordinatorInput {
  cooperative_id: string
  email: string
  name: string
  invited_by: string
  /** Where the portal's accept page lives; the token is appended. */
  accept_url: string
}

type CoordinatorRow = Awaited<ReturnType<CooperativeModuleService["listCoordinators"]>>[number]

/** What the compensation needs: the row this step created, or the renewed row as it was before. */
type InviteUndo = { created: string } | { renewed: CoordinatorRow }

export const issueCoordinatorInviteStepId = "issue-coordinator-invite"

/**
 * A coordinator in "invited" state with a fresh token; the token itself
 * leaves this step once and is never stored. An email already invited to
 * this cooperative (the invite expired or not) or deactivated there is
 * invited again on the same row: the new token replaces the old one, which
 * stops working. An active coordinator, or another cooperative's, keeps the
 * email.
 */
export const issueCoordinatorInviteStep = createStep(
  issueCoordinatorInviteStepId,
  async (input: InviteCoordinatorInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const cooperative = await cooperatives.retrieveCooperative(input.cooperative_id, { select: ["id", "name"] })
    const [existing] = await cooperatives.listCoordinators({ email: input.email }, { take: 1 })
    if (existing && existing.cooperative_id !== cooperative.id) {
      throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `email: ${input.email} already belongs to a coordinator of another cooperative`)
    }
    if (existing?.status === "active") {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `email: ${input.email} is already an active coordinator of this cooperative; deactivate them first to send a new invitation`
      )
    }
    const token = newInviteToken()
    const invite = {
      name: input.name,
      invited_by: input.invited_by,
      invite_token_hash: hashInviteToken(token),
      invite_expires_at: inviteExpiry(new Date()),
    }
    if (existing) {
      const coordinator = await cooperatives.updateCoordinators({ id: existing.id, ...invite, status: "invited", deactivated_at: null })
      const undo = { renewed: existing } as InviteUndo
      return new StepResponse({ coordinator, token, cooperative_name: cooperative.name, reinvited: true }, undo)
    }
    const coordinator = await cooperatives.createCoordinators({ cooperative_id: cooperative.id, email: input.email, ...invite })
    const undo = { created: coordinator.id } as InviteUndo
    return new StepResponse({ coordinator, token, cooperative_name: cooperative.name, reinvited: false }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if ("created" in undo) {
      await cooperatives.deleteCoordinators(undo.created)
      return
    }
    const before = undo.renewed
    await cooperatives.updateCoordinators({
      id: before.id,
      name: before.name,
      invited_by: before.invited_by,
      status: before.status,
      deactivated_at: before.deactivated_at,
      invite_token_hash: before.invite_token_hash,
      invite_expires_at: before.invite_expires_at,
    })
  }
)
