import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueEmailsStep, type QueuedEmail } from "../steps/queue-emails"
import { findActiveCoordinatorStep } from "./steps/find-active-coordinator-by-email"

export interface SendCoordinatorPasswordResetInput {
  /** The email the reset was asked for (Medusa's emailpass entity id). */
  email: string
  /** Medusa's single-use reset token (a JWT valid 15 minutes). */
  token: string
  /** Where the portal's reset page lives; the token is appended. */
  reset_url: string
}

/**
 * Medusa's reset-password route makes the token for any email it knows and
 * answers the same either way; this decides whether anyone is told, and
 * sends the link through the notification module (the invite's channel).
 */
export const sendCoordinatorPasswordResetWorkflow = createWorkflow(
  "send-coordinator-password-reset",
  (input: SendCoordinatorPasswordResetInput) => {
    const coordinator = findActiveCoordinatorStep({ email: input.email })
    const sent = when("coordinator-is-active", { coordinator }, ({ coordinator }) => coordinator !== null).then(() => {
      const emails = transform({ coordinator, input }, ({ coordinator, input }) => [
        {
          to: coordinator!.email,
          template: "coordinator-password-reset",
          data: { name: coordinator!.name, reset_url: `${input.reset_url}?token=${encodeURIComponent(input.token)}`, valid_minutes: 15 },
          resource_id: coordinator!.id,
          resource_type: "coordinator",
          trigger_type: "auth.password_reset",
          // Medusa's reset token lives 15 minutes: a retry after that would mail a dead link.
          forget_once_sent: ["reset_url"],
          retry_until: new Date(Date.now() + 15 * 60_000).toISOString(),
        } satisfies QueuedEmail<"coordinator-password-reset">,
      ])
      queueEmailsStep(emails)
      return true
    })
    return new WorkflowResponse({ sent })
  }
)
