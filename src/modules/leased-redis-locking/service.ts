import { RedisLockingProvider } from "@medusajs/locking-redis/dist/services/redis-lock"

type Cradle = ConstructorParameters<typeof RedisLockingProvider>[0]
type Options = ConstructorParameters<typeof RedisLockingProvider>[1] & {
  /** Seconds a lock taken with `acquire` lives unless this process renews it (default 20). */
  leaseSeconds?: number
}
type AcquireArgs = { ownerId?: string; expire?: number; awaitQueue?: boolean }

export const DEFAULT_LEASE_SECONDS = 20

/**
 * Medusa's Redis locking, except that a lock taken with `acquire` and a long
 * `expire` lives in Redis for a short lease that this process renews until it
 * releases the lock or the caller's `expire` is up, whichever comes first.
 *
 * Why: Medusa's completeCartWorkflow takes its cart lock with acquire (ttl
 * 120 s, fixed in core-flows' complete-cart.js). A process killed during a
 * completion left that key for the full 2 minutes, and every retry of the
 * buyer got 409 meanwhile. A dead process renews nothing, so its lock is
 * free after at most the lease (20 s), within the 30 s a second completion
 * waits for it: the buyer's first retry gets through. A live completion
 * keeps its lock exactly as before, never longer than the ttl Medusa asked.
 *
 * `execute` is Medusa's own (it already renews a short lease under the job).
 * Owner-less locks (Medusa's "*") are renewed only while their value is still
 * "*", with Medusa's own owner-checked extend command.
 */
export default class LeasedRedisLockingProvider extends RedisLockingProvider {
  static override identifier = "leased-redis"
  private readonly leaseSeconds: number
  private readonly renewals = new Map<string, { timer: NodeJS.Timeout; ownerId: string }>()

  constructor(cradle: Cradle, options: Options = {} as Options) {
    super(cradle, options)
    const lease = Number(options?.leaseSeconds ?? DEFAULT_LEASE_SECONDS)
    this.leaseSeconds = Number.isFinite(lease) && lease >= 1 ? lease : DEFAULT_LEASE_SECONDS
  }

  override async acquire(keys: string | string[], args?: AcquireArgs): Promise<void> {
    const expire = args?.expire
    if (!expire || expire <= this.leaseSeconds) return await super.acquire(keys, args)
    await super.acquire(keys, { ...args, expire: this.leaseSeconds })
    const until = Date.now() + expire * 1000
    for (const key of Array.isArray(keys) ? keys : [keys]) this.renewUntil(key, args?.ownerId ?? "*", until)
  }

  override async release(keys: string | string[], args?: { ownerId?: string }): Promise<boolean> {
    for (const key of Array.isArray(keys) ? keys : [keys]) this.stopRenewing(key)
    return await super.release(keys, args)
  }

  override async releaseAll(args?: { ownerId?: string }): Promise<void> {
    const ownerId = args?.ownerId ?? "*"
    for (const [key, renewal] of this.renewals) if (renewal.ownerId === ownerId) this.stopRenewing(key)
    await super.releaseAll(args)
  }

  private renewUntil(key: string, ownerId: string, until: number): void {
    this.stopRenewing(key)
    const interval = Math.max(Math.floor((this.leaseSeconds * 1000) / 3), 250)
    const renew = async () => {
      const left = Math.ceil((until - Date.now()) / 1000)
      if (left <= 0) return this.stopRenewing(key)
      try {
        // The lease never outlives the ttl the caller asked for.
        const extended = await this.redisClient.extendLock(`${this.keyNamePrefix}${key}`, ownerId, Math.min(this.leaseSeconds, left))
        // Released elsewhere or taken over: nothing of ours left to renew.
        if (extended !== 1) this.stopRenewing(key)
      } catch (error) {
        this.logger_?.warn(`Could not renew the lock on "${key}": ${(error as Error).message}; retrying in ${interval} ms`)
      }
    }
    const timer = setInterval(() => void renew(), interval)
    timer.unref()
    this.renewals.set(key, { timer, ownerId })
  }

  private stopRenewing(key: string): void {
    const renewal = this.renewals.get(key)
    if (!renewal) return
    clearInterval(renewal.timer)
    this.renewals.delete(key)
  }
}
