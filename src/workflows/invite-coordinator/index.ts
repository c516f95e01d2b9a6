import { MedusaError } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { hashInviteToken, inviteExpiry, newInviteToken } from "../../lib/invite-token"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export interface InviteCoordinatorInput {
  cooperative_id: string
  email: string
  name: string
  invited_by: string
  /** Where the portal's accept page lives; the token is appended. */
  accept_url: string
}

/** A coordinator in "invited" state with a fresh token; the token itself leaves this step once and is never stored. */
const createInvitedCoordinatorStep = createStep(
  "create-invited-coordinator",
  async (input: InviteCoordinatorInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await cooperatives.listCooperatives({ id: input.cooperative_id }, { select: ["id", "name"], take: 1 })
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${input.cooperative_id} was not found`)
    const [taken] = await cooperatives.listCoordinators({ email: input.email }, { take: 1 })
    if (taken) throw new MedusaError(MedusaError.Types.DUPLICATE_ERROR, `email: ${input.email} already belongs to a coordinator`)
    const token = newInviteToken()
    const coordinator = await cooperatives.createCoordinators({
      cooperative_id: cooperative.id,
      email: input.email,
      name: input.name,
      invited_by: input.invited_by,
      invite_token_hash: hashInviteToken(token),
      invite_expires_at: inviteExpiry(new Date()),
    })
    return new StepResponse({ coordinator, token, cooperative_name: cooperative.name }, coordinator.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteCoordinators(id)
  }
)

/** Staff invite a coordinator: the invite link is returned once and sent through the notification module. */
export const inviteCoordinatorWorkflow = createWorkflow("invite-coordinator", (input: InviteCoordinatorInput) => {
  const created = createInvitedCoordinatorStep(input)
  const invite = transform({ created, input }, ({ created, input }) => ({
    coordinator: created.coordinator,
    invite_url: `${input.accept_url}?token=${encodeURIComponent(created.token)}`,
    cooperative_name: created.cooperative_name,
  }))
  const notification = transform({ invite }, ({ invite }) => [
    {
      to: invite.coordinator.email,
      channel: "email",
      template: "coordinator-invite",
      data: { name: invite.coordinator.name, cooperative: invite.cooperative_name, invite_url: invite.invite_url },
      resource_id: invite.coordinator.id,
      resource_type: "coordinator",
    },
  ])
  sendNotificationsStep(notification)
  return new WorkflowResponse(invite)
})

