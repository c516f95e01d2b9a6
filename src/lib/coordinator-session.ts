/**
 * Whether a coordinator's token may still be used (or refreshed): the
 * coordinator is active, the token names them, and it was issued no earlier
 * than their latest activation (after a deactivation and re-invite) or
 * password change. Tokens carry whole seconds, so the cut-off is too.
 */
export type CoordinatorAccess = {
  status: string
  activated_at?: Date | string | null
  password_changed_at?: Date | string | null
}

export type AccessProblem = "inactive" | "stale"

export function coordinatorAccessProblem(coordinator: CoordinatorAccess | undefined, issuedAt: unknown): AccessProblem | null {
  if (!coordinator || coordinator.status !== "active") return "inactive"
  const cutoffs = [coordinator.activated_at, coordinator.password_changed_at]
    .filter((value): value is Date | string => Boolean(value))
    .map((value) => Math.floor(new Date(value).getTime() / 1000))
  if (!cutoffs.length) return null
  // A token without an issue time cannot prove it is newer than the cut-off.
  if (typeof issuedAt !== "number") return "stale"
  return issuedAt < Math.max(...cutoffs) ? "stale" : null
}
