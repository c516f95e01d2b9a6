import Redis from "ioredis"
import ThrottleModuleService from "../../src/modules/throttle/service"

const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379"

/**
 * The throttle counters with REDIS_URL set (several instances share them):
 * one INCR per attempt, the window's expiry set by the first. Against the
 * real Redis the machines run; the PostgreSQL path is exercised by the
 * security test's parallel bursts.
 */
describe("throttle counters in Redis", () => {
  const key = `test-${process.pid}-${Date.now()}`
  // The Redis path touches nothing of the module's container.
  const counters = new ThrottleModuleService({} as never, { redisUrl: REDIS_URL })
  const redis = new Redis(REDIS_URL)

  afterAll(async () => {
    redis.disconnect()
    ;(counters as unknown as { redis: Redis }).redis.disconnect()
  })

  it("gives forty parallel attempts forty different counts, and one window's expiry", async () => {
    const hits = await Promise.all(Array.from({ length: 40 }, () => counters.hit(key, 60_000)))
    expect(hits.map((hit) => hit.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(Math.max(...hits.map((hit) => hit.retry_after))).toBeLessThanOrEqual(60)
    expect(Math.min(...hits.map((hit) => hit.retry_after))).toBeGreaterThanOrEqual(59)
    // Only a hash of the key is stored.
    expect(await redis.keys(`*${key}*`)).toEqual([])
  })

  it("starts again after a clear, and after the window ends", async () => {
    await counters.clear(key)
    expect((await counters.hit(key, 60_000)).count).toBe(1)
    const short = `${key}-short`
    expect((await counters.hit(short, 300)).count).toBe(1)
    expect((await counters.hit(short, 300)).count).toBe(2)
    await new Promise((resolve) => setTimeout(resolve, 450))
    expect((await counters.hit(short, 300)).count).toBe(1)
    await counters.clear(short)
    await counters.clear(key)
  })
})
