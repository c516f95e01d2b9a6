import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface AcceptInviteInput {
  token: string
  password: string
}

const INVALID = "This invite link is not valid: it was already used, replaced, or never existed. Ask CIS staff for a new one."

export const findInviteStepId = "find-coordinator-invite"

/** Finds the invited coordinator the token names; used, unknown and deactivated invites read the same. */
export const findInviteStep = createStep(findInviteStepId, async ({ token }: AcceptInviteInput, { container }) => {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const [coordinator] = await cooperatives.listCoordinators({ invite_token_hash: hashInviteToken(token), status: "invited" }, { take: 1 })
  if (!coordinator) throw new MedusaError(MedusaError.Types.INVALID_DATA, INVALID)
  if (!coordinator.invite_expires_at || new Date(coordinator.invite_expires_at) < new Date()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invite link has expired (invites last 7 days). Ask CIS staff for a new one.")
  }
  return new StepResponse({ id: coordinator.id, email: coordinator.email })
})
