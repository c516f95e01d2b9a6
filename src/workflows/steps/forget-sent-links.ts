import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const forgetSentLinksStepId = "forget-sent-links"

type SentNotification = { id: string; data?: Record<string, unknown> | null }

/** What replaces a link once it was handed to the provider. */
export const LINK_NOT_KEPT = "(sent; not kept)"

/**
 * Once the notification provider has sent an invite or reset link, the
 * notification row keeps everything but the link: a single-use token in
 * plain text would let whoever reads the table (staff, a backup) use it.
 * Nothing to undo: the link was sent, and cannot be un-sent.
 */
export const forgetSentLinksStep = createStep(
  forgetSentLinksStepId,
  async ({ notifications, keys }: { notifications: SentNotification[]; keys: string[] }, { container }) => {
    const service = container.resolve(Modules.NOTIFICATION) as unknown as {
      updateNotifications: (data: { id: string; data: Record<string, unknown> }[]) => Promise<unknown>
    }
    const updates = notifications
      .filter((notification) => keys.some((key) => notification.data?.[key] !== undefined))
      .map((notification) => ({
        id: notification.id,
        data: { ...notification.data, ...Object.fromEntries(keys.filter((key) => notification.data?.[key] !== undefined).map((key) => [key, LINK_NOT_KEPT])) },
      }))
    if (updates.length) await service.updateNotifications(updates)
    return new StepResponse(updates.length)
  }
)
