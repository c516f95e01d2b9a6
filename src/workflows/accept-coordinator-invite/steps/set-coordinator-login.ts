import type { IAuthModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type LoginUndo =
  | { created: string }
  | { updated: { provider_identity_id: string; provider_metadata: Record<string, unknown> | null; auth_identity_id: string; app_metadata: Record<string, unknown> | null } }

export const setCoordinatorLoginStepId = "set-coordinator-login"

/**
 * The coordinator's email-and-password login, through Medusa's auth module,
 * bound to the coordinator. It never adopts a login someone else made:
 * - a login already bound to this very coordinator (invited again after a
 *   forgotten password or a deactivation) gets the new password;
 * - a login bound to no one (an unfinished registration: anyone can register
 *   an email through Medusa's open routes, and a token taken then would turn
 *   into this coordinator's on refresh) is deleted, with every token issued
 *   on it, and a fresh one is made;
 * - a login of another kind (a customer's, a staff user's) is never taken
 *   over: whoever holds the invite link would otherwise set its password.
 */
export const setCoordinatorLoginStep = createStep(
  setCoordinatorLoginStepId,
  async (input: { coordinator_id: string; email: string; password: string }, { container }) => {
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    const [identity] = await auth.listProviderIdentities(
      { provider: "emailpass", entity_id: input.email },
      { select: ["id", "auth_identity_id", "provider_metadata"], take: 1 }
    )
    if (!identity) {
      const { success, authIdentity, error } = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
      if (!success || !authIdentity) {
        throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `email: this address already has a login (${error ?? "refused"}); ask CIS staff`)
      }
      await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { coordinator_id: input.coordinator_id } })
      const undo = { created: authIdentity.id } as LoginUndo
      return new StepResponse(authIdentity.id, undo)
    }
    const authIdentity = await auth.retrieveAuthIdentity(identity.auth_identity_id!, { select: ["id", "app_metadata"] })
    const appMetadata = authIdentity.app_metadata ?? {}
    const actors = Object.keys(appMetadata).filter((key) => key.endsWith("_id") && appMetadata[key])
    if (!actors.length) {
      // Bound to no one: not this coordinator's. Deleted with its tokens' identity, so none of them can be refreshed into ours.
      await auth.deleteAuthIdentities([authIdentity.id])
      const { success, authIdentity: fresh, error } = await auth.register("emailpass", { body: { email: input.email, password: input.password } })
      if (!success || !fresh) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The login could not be created (${error ?? "refused"})`)
      await auth.updateAuthIdentities({ id: fresh.id, app_metadata: { coordinator_id: input.coordinator_id } })
      return new StepResponse(fresh.id, { created: fresh.id } as LoginUndo)
    }
    if (actors.some((key) => key !== "coordinator_id") || appMetadata.coordinator_id !== input.coordinator_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "email: this address already has a login of another kind at CIS; ask CIS staff")
    }
    const updated = await auth.updateProvider("emailpass", { entity_id: input.email, password: input.password })
    if (!updated.success) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The new password could not be saved (${updated.error ?? "refused"})`)
    try {
      await auth.updateAuthIdentities({ id: authIdentity.id, app_metadata: { ...appMetadata, coordinator_id: input.coordinator_id } })
    } catch (error) {
      // A failing step is not compensated: put the old password back here.
      await auth.updateProviderIdentities({ id: identity.id, provider_metadata: identity.provider_metadata ?? undefined })
      throw error
    }
    const undo = {
      updated: {
        provider_identity_id: identity.id,
        provider_metadata: identity.provider_metadata ?? null,
        auth_identity_id: authIdentity.id,
        app_metadata: authIdentity.app_metadata ?? null,
      },
    } as LoginUndo
    return new StepResponse(authIdentity.id, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const auth: IAuthModuleService = container.resolve(Modules.AUTH)
    if ("created" in undo) {
      await auth.deleteAuthIdentities([undo.created])
      return
    }
    // The previous password hash comes back as it was, so a failed accept leaves the old login working.
    const before = undo.updated
    await auth.updateProviderIdentities({ id: before.provider_identity_id, provider_metadata: before.provider_metadata ?? undefined })
    await auth.updateAuthIdentities({ id: before.auth_identity_id, app_metadata: before.app_metadata ?? undefined })
  }
)
