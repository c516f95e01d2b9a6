/**
 * Set on an order the orphan-order job (src/jobs/cancel-orphan-orders.ts) is
 * about to cancel, so the cancellation email subscriber knows the buyer never
 * saw that order and sends nothing.
 */
export const ORPHAN_METADATA_KEY = "canceled_as_crash_orphan"
