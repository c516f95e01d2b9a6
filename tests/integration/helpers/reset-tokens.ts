import type { MedusaContainer } from "@medusajs/framework/types"
import { AuthWorkflowEvents, Modules } from "@medusajs/framework/utils"

/**
 * The reset tokens Medusa hands out, as a mailbox would receive them: the
 * notification rows no longer keep the link, so tests read the token from
 * Medusa's own `auth.password_reset` event. Subscribe once per file.
 */
export function captureResetTokens(getContainer: () => MedusaContainer) {
  const tokens = new Map<string, string>()
  let subscribed = false
  beforeEach(() => {
    tokens.clear()
    if (subscribed) return
    getContainer()
      .resolve(Modules.EVENT_BUS)
      .subscribe(AuthWorkflowEvents.PASSWORD_RESET, async (event) => {
        const data = event.data as { entity_id: string; token: string }
        tokens.set(data.entity_id, data.token)
      }, { subscriberId: "test-capture-reset-tokens" })
    subscribed = true
  })
  return {
    /** The latest reset token for an email, waiting up to 10 s for the event. */
    async latest(email: string): Promise<string> {
      for (let tries = 0; tries < 100; tries++) {
        const token = tokens.get(email)
        if (token) return token
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      throw new Error(`no reset token for ${email}`)
    },
  }
}
