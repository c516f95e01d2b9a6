/**
 * Coordinator invites: a random single-use token shown to staff once as a
 * link; the database keeps only its SHA-256, so a leaked table holds no
 * usable invite. Node's crypto only, no Medusa imports.
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
