import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueEmailsStep, type QueuedEmail } from "../steps/queue-emails"
import { issueCoordinatorInviteStep, type InviteCoordinatorInput } from "./steps/issue-coordinator-invite"

export type { InviteCoordinatorInput }

/** Staff invite a coordinator (or invite them again): the invite link is returned once and sent through the notification module. */
export const inviteCoordinatorWorkflow = createWorkflow("invite-coordinator", (input: InviteCoordinatorInput) => {
  const issued = issueCoordinatorInviteStep(input)
  const invite = transform({ issued, input }, ({ issued, input }) => ({
    coordinator: issued.coordinator,
    invite_url: `${input.accept_url}?token=${encodeURIComponent(issued.token)}`,
    cooperative_name: issued.cooperative_name,
    reinvited: issued.reinvited,
  }))
  // Queued, not awaited: a mail server that is down must not undo the invite (the answer carries the link too).
  const emails = transform({ invite, issued }, ({ invite, issued }) => [
    {
      to: invite.coordinator.email,
      template: "coordinator-invite",
      data: { name: invite.coordinator.name, cooperative: invite.cooperative_name, invite_url: invite.invite_url, reinvited: invite.reinvited },
      resource_id: invite.coordinator.id,
      resource_type: "coordinator",
      trigger_type: "coordinator.invited",
      forget_once_sent: ["invite_url"],
      retry_until: new Date(issued.coordinator.invite_expires_at as unknown as string).toISOString(),
    } satisfies QueuedEmail<"coordinator-invite">,
  ])
  queueEmailsStep(emails)
  return new WorkflowResponse(invite)
})
