import type { MedusaContainer } from "@medusajs/framework/types"
import type { INotificationModuleService, NotificationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { retryDecision, type Attempt, type RetryDecision } from "../lib/email-retry"
import { forgetDeliveredLinks } from "../workflows/steps/forget-sent-links"

/** Failed emails older than this are left alone (they gave up long before). */
const LOOKBACK_DAYS = 4

type Row = NotificationDTO & { status: Attempt["status"]; updated_at: Date; original_notification_id: string | null; idempotency_key: string | null }

/**
 * Sends again, with backoff, every email whose attempts all failed: a mail
 * server that was down at order time gets the message once it is back. Each
 * retry is a new notification row pointing at the first one, so the history
 * of attempts stays in Medusa's notification module. `now` is a parameter so
 * tests can move the clock.
 */
export async function retryFailedEmails(container: MedusaContainer, now = new Date()): Promise<Record<RetryDecision, number>> {
  const notifications: INotificationModuleService = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const since = new Date(now.getTime() - LOOKBACK_DAYS * 24 * 60 * 60_000)
  const unsent = (await notifications.listNotifications(
    { channel: "email", status: ["failure", "pending"], created_at: { $gte: since.toISOString() } } as Record<string, unknown>,
    { take: 1000, order: { created_at: "ASC" } }
  )) as Row[]
  const roots = [...new Set(unsent.map((row) => row.original_notification_id ?? row.id))]
  const counts: Record<RetryDecision, number> = { done: 0, in_flight: 0, wait: 0, retry: 0, give_up: 0, expired: 0 }
  if (roots.length === 0) return counts
  const chains = (await notifications.listNotifications(
    { $or: [{ id: roots }, { original_notification_id: roots }] } as Record<string, unknown>,
    { take: 10_000 }
  )) as Row[]

  for (const rootId of roots) {
    const chain = chains.filter((row) => row.id === rootId || row.original_notification_id === rootId)
    const root = chain.find((row) => row.id === rootId)
    if (!root) continue
    const retryUntil = typeof root.provider_data?.retry_until === "string" ? new Date(root.provider_data.retry_until) : null
    const attempts = chain.map((row) => ({ status: row.status, created_at: new Date(row.created_at), updated_at: new Date(row.updated_at) }))
    const decision = retryDecision(attempts, now, retryUntil)
    counts[decision] += 1
    if (decision === "give_up") logger.error(`Email ${root.id} ("${root.template}") could not be delivered after ${attempts.length} attempts; it stays failed in the notification module (resend by hand)`)
    if (decision !== "retry") continue
    try {
      const [sent] = (await notifications.createNotifications([
        {
          to: root.to,
          channel: root.channel,
          template: root.template,
          data: root.data,
          provider_data: root.provider_data,
          trigger_type: root.trigger_type,
          resource_id: root.resource_id,
          resource_type: root.resource_type,
          receiver_id: root.receiver_id,
          original_notification_id: root.id,
          idempotency_key: root.idempotency_key ? `${root.idempotency_key}:retry:${attempts.length}` : null,
        },
      ])) as unknown as { id: string; status?: string; data?: Record<string, unknown> | null }[]
      const secrets = root.provider_data?.forget_once_sent
      if (sent?.status === "success" && Array.isArray(secrets)) await forgetDeliveredLinks(container, [...chain, sent], secrets as string[])
    } catch (error) {
      // This attempt is itself a failed row now; the next run waits longer.
      logger.warn(`Email ${root.id} ("${root.template}") retry ${attempts.length} failed: ${(error as Error).message.split("\n").pop()}`)
    }
  }
  return counts
}

export default async function retryEmailsJob(container: MedusaContainer) {
  await retryFailedEmails(container)
}

export const config = { name: "retry-failed-emails", schedule: "*/5 * * * *" }
