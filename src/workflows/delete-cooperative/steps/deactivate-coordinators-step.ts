import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

type Before = { id: string; status: "invited" | "active" | "deactivated"; deactivated_at: Date | null; invite_token_hash: string | null; invite_expires_at: Date | null }

export const deactivateCooperativeCoordinatorsStepId = "deactivate-cooperative-coordinators"

/**
 * A deleted cooperative's coordinators lose the portal at once: every one
 * not yet deactivated is, and pending invites die with them (the portal and
 * token refresh refuse anyone not active). Their rows stay, so the audit
 * trail of stock changes still names them.
 */
export const deactivateCooperativeCoordinatorsStep = createStep(
  deactivateCooperativeCoordinatorsStepId,
  async ({ cooperative_id }: { cooperative_id: string }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const coordinators = await cooperatives.listCoordinators({ cooperative_id, status: ["invited", "active"] })
    const before: Before[] = coordinators.map(({ id, status, deactivated_at, invite_token_hash, invite_expires_at }) => ({
      id,
      status,
      deactivated_at: deactivated_at ? new Date(deactivated_at) : null,
      invite_token_hash,
      invite_expires_at: invite_expires_at ? new Date(invite_expires_at) : null,
    }))
    if (coordinators.length) {
      const now = new Date()
      await cooperatives.updateCoordinators(
        coordinators.map(({ id }) => ({ id, status: "deactivated" as const, deactivated_at: now, invite_token_hash: null, invite_expires_at: null }))
      )
    }
    return new StepResponse(before.length, before)
  },
  async (before, { container }) => {
    if (!before?.length) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCoordinators(before)
  }
)
