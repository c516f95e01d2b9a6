import { model } from "@medusajs/framework/utils"
import { COORDINATOR_STATUSES } from "@cis/contract/cooperative-vocabulary"

/**
 * A cooperative's own person in the portal: the `coordinator` actor, bound
 * to exactly one cooperative. Staff invite; the invite is a single-use token
 * kept only as its SHA-256 hash, valid until `invite_expires_at`.
 */
const Coordinator = model
  .define("coordinator", {
    id: model.id({ prefix: "coord" }).primaryKey(),
    cooperative_id: model.text(),
    email: model.text(),
    name: model.text(),
    status: model.enum([...COORDINATOR_STATUSES]).default("invited"),
    invite_token_hash: model.text().nullable(),
    invite_expires_at: model.dateTime().nullable(),
    invited_by: model.text(),
    activated_at: model.dateTime().nullable(),
    deactivated_at: model.dateTime().nullable(),
    /** Set when the password is changed through a reset link: tokens issued before it stop working. */
    password_changed_at: model.dateTime().nullable(),
  })
  .indexes([
    // One portal login per email; the email is what the coordinator signs in with.
    { name: "IDX_coordinator_email_unique", on: ["email"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_coordinator_invite_token_hash", on: ["invite_token_hash"], unique: true, where: "invite_token_hash IS NOT NULL AND deleted_at IS NULL" },
    { name: "IDX_coordinator_cooperative", on: ["cooperative_id"], where: "deleted_at IS NULL" },
  ])

export default Coordinator
