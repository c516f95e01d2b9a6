import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { THROTTLE_MODULE } from "../modules/throttle"
import type ThrottleModuleService from "../modules/throttle/service"

export interface Throttle {
  /** Part of every key, so two throttles never share counts. */
  name: string
  limit: number
  windowMs: number
}

/**
 * Counts this attempt under each key (atomically: see the throttle module)
 * and answers 429 with Retry-After when any key is past its limit. Returns
 * the highest count when the attempt may go on, or null once it answered.
 */
export async function takeAttempt(req: MedusaRequest, res: MedusaResponse, throttle: Throttle, keys: string[], message: string): Promise<number | null> {
  const counters: ThrottleModuleService = req.scope.resolve(THROTTLE_MODULE)
  const hits = await Promise.all(keys.map((key) => counters.hit(`${throttle.name}:${key}`, throttle.windowMs)))
  const over = hits.filter((hit) => hit.count > throttle.limit)
  if (over.length) {
    const retryAfter = Math.max(...over.map((hit) => hit.retry_after))
    res.setHeader("Retry-After", String(retryAfter))
    res.status(429).json({
      type: "too_many_requests",
      message: `${message}; try again in ${Math.ceil(retryAfter / 60)} minutes.`,
      retry_after: retryAfter,
    })
    return null
  }
  return Math.max(...hits.map((hit) => hit.count))
}

export async function clearAttempts(req: MedusaRequest, throttle: Throttle, key: string): Promise<void> {
  const counters: ThrottleModuleService = req.scope.resolve(THROTTLE_MODULE)
  await counters.clear(`${throttle.name}:${key}`)
}

/** The client's address as Express's `trust proxy` (TRUST_PROXY, see src/api/hardening.ts) resolves it. */
export const clientAddress = (req: MedusaRequest) => req.ip ?? req.socket.remoteAddress ?? "unknown"
