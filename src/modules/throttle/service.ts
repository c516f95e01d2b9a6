import { createHash } from "node:crypto"
import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import Redis from "ioredis"
import ThrottleCounter from "./models/throttle-counter"

export interface ThrottleModuleOptions {
  /** When set, counters live in Redis (INCR), shared by every instance; otherwise in PostgreSQL. */
  redisUrl?: string
}

export interface Hit {
  /** Attempts in the current window, this one included. */
  count: number
  /** Whole seconds until the window ends (at least 1). */
  retry_after: number
}

// Increments and starts the window's expiry on the first hit, in one round trip: no read-then-write.
const REDIS_HIT = `local c = redis.call('INCR', KEYS[1])
if c == 1 or redis.call('PTTL', KEYS[1]) < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return {c, redis.call('PTTL', KEYS[1])}`

/**
 * Atomic fixed-window counters for throttles. Every hit is one atomic
 * statement (Redis INCR, or one PostgreSQL upsert), so a burst of parallel
 * requests gets counts 1, 2, 3... and never reads the same value twice.
 * Keys are stored as their SHA-256: no email address sits in the table.
 */
class ThrottleModuleService extends MedusaService({ ThrottleCounter }) {
  private readonly redis?: Redis

  constructor(container: Record<string, unknown>, options: ThrottleModuleOptions = {}) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    if (options.redisUrl) this.redis = new Redis(options.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 3 })
  }

  /** Counts one attempt under `key` in a window of `windowMs`, and says how many the window holds now. */
  async hit(key: string, windowMs: number): Promise<Hit> {
    const id = hashKey(key)
    if (this.redis) {
      const [count, ttl] = (await this.redis.eval(REDIS_HIT, 1, `cis:throttle:${id}`, String(windowMs))) as [number, number]
      return { count, retry_after: Math.max(1, Math.ceil(ttl / 1000)) }
    }
    return this.hitInDatabase(id, windowMs)
  }

  /** Ends the window under `key` (a successful login clears its failures). */
  async clear(key: string): Promise<void> {
    const id = hashKey(key)
    if (this.redis) {
      await this.redis.del(`cis:throttle:${id}`)
      return
    }
    await this.clearInDatabase(id)
  }

  /** Deletes windows that ended (Redis expires its own keys). */
  @InjectManager()
  async purgeExpired(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: unknown[] = await manager.execute(`DELETE FROM throttle_counter WHERE expires_at < now() RETURNING id`)
    return rows.length
  }

  @InjectTransactionManager()
  protected async hitInDatabase(id: string, windowMs: number, @MedusaContext() sharedContext: Context = {}): Promise<Hit> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const [row]: { count: number; ttl_ms: string }[] = await manager.execute(
      `INSERT INTO throttle_counter (id, count, expires_at)
       VALUES (?, 1, now() + (? * interval '1 millisecond'))
       ON CONFLICT (id) DO UPDATE SET
         count = CASE WHEN throttle_counter.expires_at <= now() THEN 1 ELSE throttle_counter.count + 1 END,
         expires_at = CASE WHEN throttle_counter.expires_at <= now() THEN EXCLUDED.expires_at ELSE throttle_counter.expires_at END,
         updated_at = now()
       RETURNING count, CEIL(EXTRACT(EPOCH FROM (expires_at - now())) * 1000) AS ttl_ms`,
      [id, windowMs]
    )
    return { count: Number(row.count), retry_after: Math.max(1, Math.ceil(Number(row.ttl_ms) / 1000)) }
  }

  @InjectTransactionManager()
  protected async clearInDatabase(id: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`DELETE FROM throttle_counter WHERE id = ?`, [id])
  }
}

const hashKey = (key: string) => createHash("sha256").update(key).digest("hex")

export default ThrottleModuleService
