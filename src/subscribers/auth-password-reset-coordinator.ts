import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents, ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { storefrontUrl } from "../lib/runtime-config"
import { sendCoordinatorPasswordResetWorkflow } from "../workflows/send-coordinator-password-reset"

interface PasswordResetEvent {
  entity_id: string
  actor_type: string
  token: string
}

/**
 * A coordinator who forgot their password asks Medusa's own reset route
 * (POST /auth/coordinator/emailpass/reset-password); the link it makes goes
 * to the portal's reset page, for active coordinators only. Other actor
 * types' resets are not this subscriber's business.
 */
export default async function sendCoordinatorPasswordReset({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  if (event.data.actor_type !== "coordinator") return
  try {
    await sendCoordinatorPasswordResetWorkflow(container).run({
      input: { email: event.data.entity_id, token: event.data.token, reset_url: `${storefrontUrl(process.env)}/coop/reset` },
    })
  } catch (error) {
    // Logged without the email or the token: the route already answered the same as for an unknown address.
    container.resolve(ContainerRegistrationKeys.LOGGER).error(`Could not send a coordinator's password reset link: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: AuthWorkflowEvents.PASSWORD_RESET }
