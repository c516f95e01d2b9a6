import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { hashInviteToken } from "../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export interface AcceptInviteInput {
  token: string
  password: string
}

const INVALID = "This invite link is not valid: it was already used, replaced, or never existed. Ask CIS staff for a new one."

/** Finds the invited coordinator the token names; used, unknown and deactivated invites read the same. */
const findInviteStep = createStep("find-coordinator-invite", async ({ token }: AcceptInviteInput, { container }) => {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const [coordinator] = await cooperatives.listCoordinators({ invite_token_hash: hashInviteToken(token), status: "invited" }, { take: 1 })
  if (!coordinator) throw new MedusaError(MedusaError.Types.INVALID_DATA, INVALID)
  if (!coordinator.invite_expires_at || new Date(coordinator.invite_expires_at) < new Date()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "This invite link has expired (invites last 7 days). Ask CIS staff for a new one.")
  }
  return new StepResponse({ id: coordinator.id, email: coordinator.email })
})

/** The coordinator's email-and-password login, through Medusa's auth module, bound to the coordinator. */
const registerLoginStep = createStep(
  "register-coordinator-login",
  async (input: { coordinator_id: string; email: string; password: string }, { container }) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const { success, authIdentity, error } = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
    if (!success || !authIdentity) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `email: this address already has a login (${error ?? "refused"}); ask CIS staff`)
    }
    await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { coordinator_id: input.coordinator_id } })
    return new StepResponse(authIdentity.id, authIdentity.id)
  },
  async (authIdentityId, { container }) => {
    if (!authIdentityId) return
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    await auth.deleteAuthIdentities([authIdentityId])
  }
)

/** Active from now on; the token is spent (its hash removed), so the link works once. */
const activateCoordinatorStep = createStep(
  "activate-coordinator",
  async ({ id }: { id: string }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [before] = await cooperatives.listCoordinators({ id }, { take: 1 })
    const coordinator = await cooperatives.updateCoordinators({
      id,
      status: "active",
      activated_at: new Date(),
      invite_token_hash: null,
      invite_expires_at: null,
    })
    return new StepResponse(coordinator, before)
  },
  async (before, { container }) => {
    if (!before) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCoordinators({
      id: before.id,
      status: before.status,
      activated_at: before.activated_at,
      invite_token_hash: before.invite_token_hash,
      invite_expires_at: before.invite_expires_at,
    })
  }
)

export const acceptCoordinatorInviteWorkflow = createWorkflow("accept-coordinator-invite", (input: AcceptInviteInput) => {
  const invite = findInviteStep(input)
  registerLoginStep({ coordinator_id: invite.id, email: invite.email, password: input.password })
  return new WorkflowResponse(activateCoordinatorStep({ id: invite.id }))
})
