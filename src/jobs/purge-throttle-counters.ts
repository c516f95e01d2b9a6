import type { MedusaContainer } from "@medusajs/framework/types"
import { THROTTLE_MODULE } from "../modules/throttle"
import type ThrottleModuleService from "../modules/throttle/service"

/** Ended throttle windows (login, reset, lookup counts kept in PostgreSQL) are deleted hourly; Redis expires its own. */
export default async function purgeThrottleCountersJob(container: MedusaContainer): Promise<{ deleted: number }> {
  const counters: ThrottleModuleService = container.resolve(THROTTLE_MODULE)
  return { deleted: await counters.purgeExpired() }
}

export const config = {
  name: "purge-throttle-counters",
  schedule: "17 * * * *",
}
