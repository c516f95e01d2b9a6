import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { MailData, MailTemplate } from "../../lib/email/types"
import { forgetDeliveredLinks } from "./forget-sent-links"

export type QueuedEmail<T extends MailTemplate = MailTemplate> = {
  to: string
  template: T
  data: MailData[T]
  /** One email per key, ever: an event delivered twice sends once. */
  idempotency_key?: string
  resource_id?: string
  resource_type?: string
  trigger_type?: string
  /** ISO time after which a failed send is not retried (links that expire). */
  retry_until?: string
  /** Keys of `data` holding a single-use link: blanked in the notification rows once delivered (kept for retries until then). */
  forget_once_sent?: string[]
}

export const queueEmailsStepId = "queue-emails"

/**
 * Sends each email through Medusa's notification module, once per
 * idempotency key. A failed send does not fail the step: Medusa records the
 * notification as failed, and the retry-emails job sends it again with
 * backoff, so a dead mail server never blocks or undoes an order. Nothing to
 * compensate: an email cannot be unsent, which is why this runs last.
 */
export const queueEmailsStep = createStep(queueEmailsStepId, async (emails: QueuedEmail[], { container }) => {
  const notifications: INotificationModuleService = container.resolve(Modules.NOTIFICATION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const keys = emails.map((email) => email.idempotency_key).filter((key): key is string => Boolean(key))
  const existing = keys.length
    ? await notifications.listNotifications({ idempotency_key: keys } as Record<string, unknown>, { select: ["idempotency_key"] })
    : []
  const done = new Set(existing.map((row) => (row as { idempotency_key?: string }).idempotency_key))
  const result = { sent: 0, failed: 0, skipped: 0 }
  for (const email of emails) {
    if (email.idempotency_key && done.has(email.idempotency_key)) {
      result.skipped += 1
      continue
    }
    try {
      const [created] = (await notifications.createNotifications([
        {
          to: email.to,
          channel: "email",
          template: email.template,
          data: email.data as unknown as Record<string, unknown>,
          idempotency_key: email.idempotency_key ?? null,
          resource_id: email.resource_id ?? null,
          resource_type: email.resource_type ?? null,
          trigger_type: email.trigger_type ?? null,
          provider_data: {
            ...(email.retry_until ? { retry_until: email.retry_until } : {}),
            ...(email.forget_once_sent ? { forget_once_sent: email.forget_once_sent } : {}),
          },
        },
      ])) as unknown as { id: string; status?: string; data?: Record<string, unknown> | null }[]
      if (email.forget_once_sent && created?.status === "success") await forgetDeliveredLinks(container, [created], email.forget_once_sent)
      result.sent += 1
    } catch (error) {
      // No row at all (the database refused, not the mail server): nothing would retry it, so fail and let the caller's retry run.
      if (email.idempotency_key) {
        const [row] = await notifications.listNotifications({ idempotency_key: email.idempotency_key } as Record<string, unknown>, { take: 1 })
        if (!row) throw error
      }
      result.failed += 1
      logger.warn(`Email "${email.template}" not sent now, queued for retry: ${(error as Error).message.split("\n").pop()}`)
    }
  }
  return new StepResponse(result)
})
