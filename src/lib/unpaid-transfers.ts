/**
 * When an order paid by bank transfer is waited for, reminded and given up.
 * The buyer is told a deadline (the currency's "days to pay"); one reminder
 * goes out after TRANSFER_REMINDER_DAYS; the order is cancelled, releasing
 * its stock, after TRANSFER_CANCEL_DAYS but never before the deadline the
 * buyer was given. Pure: "now" is always passed in.
 */
import { ConfigError, type Env } from "./runtime-config"

const DAY_MS = 24 * 60 * 60 * 1000

export interface UnpaidTransferSettings {
  reminder_days: number
  cancel_days: number
}

export const UNPAID_TRANSFER_DEFAULTS: UnpaidTransferSettings = { reminder_days: 5, cancel_days: 14 }

function days(env: Env, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 365) throw new ConfigError(`${name} must be a whole number of days from 1 to 365, got "${raw}"`)
  return value
}

export function unpaidTransferSettings(env: Env): UnpaidTransferSettings {
  const settings = {
    reminder_days: days(env, "TRANSFER_REMINDER_DAYS", UNPAID_TRANSFER_DEFAULTS.reminder_days),
    cancel_days: days(env, "TRANSFER_CANCEL_DAYS", UNPAID_TRANSFER_DEFAULTS.cancel_days),
  }
  if (settings.reminder_days >= settings.cancel_days) {
    throw new ConfigError(`TRANSFER_REMINDER_DAYS (${settings.reminder_days}) must be fewer than TRANSFER_CANCEL_DAYS (${settings.cancel_days})`)
  }
  return settings
}

const addDays = (date: Date, count: number) => new Date(date.getTime() + count * DAY_MS)

/** The date the buyer is asked to pay by. */
export function paymentDeadline(placedAt: Date, daysToPay: number): Date {
  return addDays(placedAt, daysToPay)
}

/** When the order is cancelled if still unpaid: the later of the cancel setting and the buyer's deadline. */
export function cancelAt(placedAt: Date, daysToPay: number, settings: UnpaidTransferSettings): Date {
  const byPolicy = addDays(placedAt, settings.cancel_days)
  const deadline = paymentDeadline(placedAt, daysToPay)
  return byPolicy > deadline ? byPolicy : deadline
}

/** Whole days since the order was placed. */
export function daysWaiting(placedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - placedAt.getTime()) / DAY_MS))
}

export type UnpaidTransferAction = "wait" | "remind" | "cancel"

export interface UnpaidTransfer {
  placed_at: Date
  days_to_pay: number
  reminded: boolean
}

export function nextAction(order: UnpaidTransfer, now: Date, settings: UnpaidTransferSettings): UnpaidTransferAction {
  if (now >= cancelAt(order.placed_at, order.days_to_pay, settings)) return "cancel"
  if (!order.reminded && now >= addDays(order.placed_at, settings.reminder_days)) return "remind"
  return "wait"
}
