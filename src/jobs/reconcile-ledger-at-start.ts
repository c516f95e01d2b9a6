import type { MedusaContainer } from "@medusajs/framework/types"
import { defineFileConfig } from "@medusajs/framework/utils"
import reconcileLedgerJob from "./reconcile-ledger"

/**
 * Once, as soon as the process's scheduler runs: the ledger repair over the
 * last month. Without Redis the event bus lived in memory, so whatever it
 * held when the last process stopped (or was killed) is gone; this brings
 * every order touched in the window to what Medusa says, at start-up rather
 * than at the next quarter hour. With Redis the bus keeps its events across
 * restarts (and a once-only repeatable job would stay spent in Redis), so the
 * file is not loaded.
 */
export default async function reconcileLedgerAtStartJob(container: MedusaContainer) {
  return await reconcileLedgerJob(container)
}

defineFileConfig({ isDisabled: () => Boolean(process.env.REDIS_URL) })

// Medusa reads numberOfExecutions inside an object schedule (a top-level one is ignored there); the first run comes one interval after start.
export const config = { name: "reconcile-ledger-at-start", schedule: { interval: 1000, numberOfExecutions: 1 } }
