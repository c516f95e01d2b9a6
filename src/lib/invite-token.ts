/**
 * Coordinator invites: a random single-use token shown to staff once as a
 * link. The coordinator table keeps only its SHA-256; the link itself goes
 * out through the notification module, whose record (and, in development,
 * the local provider's log) holds it until it is used or expires after 7
 * days. Node's crypto only, no Medusa imports.
 */
import { createHash, randomBytes } from "node:crypto"

export const INVITE_VALID_DAYS = 7

export function newInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}

export function inviteExpiry(now: Date): Date {
  return new Date(now.getTime() + INVITE_VALID_DAYS * 86_400_000)
}
