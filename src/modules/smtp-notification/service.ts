import type { Logger, ProviderSendNotificationDTO, ProviderSendNotificationResultsDTO } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import nodemailer, { type Transporter } from "nodemailer"
import { renderMail } from "../../lib/email/render"

export interface SmtpOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465. */
  url: string
  /** "Name <address>" every message is sent from. */
  from: string
}

/**
 * Medusa notification provider for the "email" channel over SMTP
 * (nodemailer). It renders the notification's template with its data in
 * the recipient's language and hands it to the server; a refusal or an
 * unreachable server throws, so Medusa marks the notification failed and
 * the retry job sends it again later.
 */
class SmtpNotificationService extends AbstractNotificationProviderService {
  static override identifier = "smtp"
  private readonly transporter: Transporter
  private readonly from: string
  private readonly logger: Logger

  static override validateOptions(options: Record<string, unknown>) {
    if (typeof options.url !== "string" || typeof options.from !== "string") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The SMTP notification provider needs url (SMTP_URL) and from (MAIL_FROM)")
    }
  }

  constructor({ logger }: { logger: Logger }, options: SmtpOptions) {
    super()
    this.logger = logger
    this.from = options.from
    // Short timeouts: a dead server must fail the send quickly (it is retried), not hold a request or a job.
    const url = new URL(options.url)
    this.transporter = nodemailer.createTransport({
      host: url.hostname,
      port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
      secure: url.protocol === "smtps:",
      auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    })
  }

  override async send(notification: ProviderSendNotificationDTO): Promise<ProviderSendNotificationResultsDTO> {
    const mail = renderMail(notification.template, notification.data ?? {})
    try {
      const info = await this.transporter.sendMail({ from: notification.from || this.from, to: notification.to, ...mail })
      return { id: info.messageId }
    } catch (error) {
      // Logged without the recipient; the notification row keeps who it was for.
      this.logger.warn(`SMTP refused or unreachable for a "${notification.template}" email: ${(error as Error).message}`)
      throw error
    }
  }
}

export default SmtpNotificationService
