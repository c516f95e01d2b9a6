import type { MedusaContainer } from "@medusajs/framework/types"
import { reconcileOrders, unbookedOrdersSince } from "./reconcile-ledger"

/** Orders placed this long ago or less are looked at: a day covers any restart staff would not notice at once (the 15-minute repair covers a month). */
const WINDOW_MS = 86_400_000
/** The order.placed subscriber answers within seconds; younger orders are left to it, so the two do not race for the same split. */
const GRACE_MS = 20_000

/**
 * Every minute, the split of any paid order placed in the last day that has
 * no ledger row yet is recorded. Without Redis the event bus lives in memory
 * and a crash or restart forgets its events; this job (with the start-up run,
 * reconcile-ledger-at-start.ts) records such an order's split within a minute.
 * With Redis the bus keeps and retries the event, and this job finds nothing.
 */
export async function recordMissingSplits(container: MedusaContainer, { graceMs = GRACE_MS, pageSize }: { graceMs?: number; pageSize?: number } = {}) {
  const total = { checked: 0, corrected: 0, written: 0, failed: 0, failures: [] as { order_id: string; message: string }[] }
  // One page of unbooked orders at a time: bounded batches, in a stable order.
  for await (const orderIds of unbookedOrdersSince(container, new Date(Date.now() - WINDOW_MS), graceMs, pageSize)) {
    const done = await reconcileOrders(container, orderIds, "job.record-missing-splits", "split recorded by the missing-splits job (its event was lost)")
    total.checked += done.checked
    total.corrected += done.corrected
    total.written += done.written
    total.failed += done.failed
    total.failures.push(...done.failures)
  }
  return total
}

export default async function recordMissingSplitsJob(container: MedusaContainer) {
  return await recordMissingSplits(container)
}

export const config = { name: "record-missing-splits", schedule: "* * * * *" }
