/**
 * Where email goes. With SMTP_URL (smtp://user:pass@host:587, or smtps://
 * for TLS from the start) and MAIL_FROM, Medusa's notification module sends
 * through the store's SMTP provider; without them, development keeps
 * Medusa's local provider, which only logs. Pure.
 */
import { ConfigError, type Env, type ModuleConfig } from "./runtime-config"

export interface MailSettings {
  url: string
  from: string
}

const ADDRESS = /^(?:[^<>]*<\s*[^\s@<>]+@[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+)$/

export function mailSettings(env: Env): MailSettings | null {
  const url = env.SMTP_URL?.trim()
  const from = env.MAIL_FROM?.trim()
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigError("SMTP_URL must be a URL such as smtp://user:password@smtp.example.org:587")
  }
  if (parsed.protocol !== "smtp:" && parsed.protocol !== "smtps:") {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${parsed.protocol}//"`)
  }
  if (!from) throw new ConfigError('MAIL_FROM is required with SMTP_URL, e.g. "CIS Fair Trade Crafts <tienda@example.org>"')
  if (!ADDRESS.test(from)) throw new ConfigError(`MAIL_FROM must be an address or "Name <address>", got "${from}"`)
  return { url, from }
}

/** Medusa's notification module: the dashboard's feed, and an email channel through SMTP or the log. */
export function notificationModule(env: Env): ModuleConfig {
  const mail = mailSettings(env)
  const email = mail
    ? { resolve: "./src/modules/smtp-notification", id: "smtp", options: { channels: ["email"], url: mail.url, from: mail.from } }
    : { resolve: "@medusajs/medusa/notification-local", id: "local-email", options: { name: "Local email (logs only)", channels: ["email"] } }
  return {
    resolve: "@medusajs/medusa/notification",
    options: {
      providers: [{ resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Local Notification Provider", channels: ["feed"] } }, email],
    },
  }
}
