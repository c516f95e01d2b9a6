import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import Redis from "ioredis"
import LeasedRedisLockingProvider from "../../src/modules/leased-redis-locking/service"
import { pause } from "./helpers/ledger"
import { requireRedisOrSkip, testRedisUrl } from "./helpers/redis"

const ROOT = path.resolve(__dirname, "../..")
const REDIS_URL = testRedisUrl(8)
const LEASE = 2

jest.setTimeout(60_000)

/**
 * The cart lock of a process that died during a completion, on Redis (the
 * store's configured locking provider, as src/lib/runtime-config.ts picks it).
 * Medusa's completeCartWorkflow takes it with a ttl of 120 s and a second
 * completion waits 30 s for it: with Medusa's own provider a buyer's retries
 * got 409 for two minutes after a crash. Leases here are 2 s instead of the
 * store's 20 s so the file runs in seconds.
 */
const available = requireRedisOrSkip(REDIS_URL, "the cart lock lease tests")
const describeWithRedis = available ? describe : describe.skip

describeWithRedis("the cart lock of a dead process (Redis)", () => {
  const redis = new Redis(REDIS_URL, { lazyConnect: true })
  const children: ChildProcess[] = []
  const key = `cart_test_${process.pid}_${Date.now()}`
  const lockKey = `medusa_lock:${key}`

  beforeAll(async () => {
    await redis.connect()
  })
  afterAll(async () => {
    for (const child of children) child.kill("SIGKILL")
    await redis.del(lockKey)
    redis.disconnect()
  })

  function holdInAnotherProcess(): Promise<ChildProcess> {
    // One process (tsx's loader inside node), so SIGKILL reaches the holder itself rather than a wrapper.
    const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/helpers/hold-lock-child.ts", REDIS_URL, key, JSON.stringify({ leaseSeconds: LEASE })], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "inherit"],
    })
    children.push(child)
    return new Promise((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => chunk.toString().includes("held") && resolve(child))
      child.on("exit", (code) => reject(new Error(`the lock holder exited with ${code}`)))
    })
  }

  it("is free within the lease after SIGKILL, while a live holder keeps it past the lease", async () => {
    const child = await holdInAnotherProcess()
    // Alive: renewed past several leases, never given to anyone else.
    await pause(LEASE * 2500)
    expect(await redis.get(lockKey)).toBe("*")
    const ttl = await redis.ttl(lockKey)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(LEASE)

    child.kill("SIGKILL")
    const killedAt = Date.now()
    while ((await redis.exists(lockKey)) && Date.now() - killedAt < 10_000) await pause(100)
    const freedAfter = Date.now() - killedAt
    process.stdout.write(`cart lock of a killed process freed ${freedAfter} ms after SIGKILL (lease ${LEASE} s; Medusa's ttl 120 s)\n`)
    expect(await redis.exists(lockKey)).toBe(0)
    expect(freedAfter).toBeLessThanOrEqual(LEASE * 1000 + 500)
  })

  it("never outlives the ttl the caller asked for, and a release frees it at once", async () => {
    const client = new Redis(REDIS_URL)
    const locking = new LeasedRedisLockingProvider({ redisClient: client as never, prefix: "medusa_lock:" }, { leaseSeconds: 1 } as never)
    try {
      // Renewed while asked for 3 s, gone soon after.
      await locking.acquire(key, { expire: 3 })
      await pause(2000)
      expect(await redis.get(lockKey)).toBe("*")
      await expect(locking.acquire(key, { expire: 3 })).rejects.toThrow(/Failed to acquire lock/)
      await pause(2500)
      expect(await redis.exists(lockKey)).toBe(0)

      await locking.acquire(key, { expire: 120 })
      expect(await locking.release(key)).toBe(true)
      expect(await redis.exists(lockKey)).toBe(0)
      // No renewal left behind to revive someone else's lock.
      await redis.set(lockKey, "*", "EX", 1)
      await pause(1600)
      expect(await redis.exists(lockKey)).toBe(0)
    } finally {
      client.disconnect()
    }
  })
})
