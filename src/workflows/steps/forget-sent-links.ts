import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/** What replaces a link once it was delivered. */
export const LINK_NOT_KEPT = "(sent; not kept)"

type SentNotification = { id: string; data?: Record<string, unknown> | null }

/**
 * Once an invite or reset link was delivered, its notification rows keep
 * everything but the link: a single-use token in plain text would let whoever
 * reads the table (staff, a backup) use it. Only after delivery: a failed
 * send keeps it, so the retry job can still send it (until it expires).
 */
export async function forgetDeliveredLinks(container: MedusaContainer, notifications: SentNotification[], keys: string[]): Promise<number> {
  const service = container.resolve(Modules.NOTIFICATION) as unknown as {
    updateNotifications: (data: { id: string; data: Record<string, unknown> }[]) => Promise<unknown>
  }
  const updates = notifications
    .filter((notification) => keys.some((key) => notification.data?.[key] !== undefined && notification.data?.[key] !== LINK_NOT_KEPT))
    .map((notification) => ({
      id: notification.id,
      data: { ...notification.data, ...Object.fromEntries(keys.filter((key) => notification.data?.[key] !== undefined).map((key) => [key, LINK_NOT_KEPT])) },
    }))
  if (updates.length) await service.updateNotifications(updates)
  return updates.length
}
