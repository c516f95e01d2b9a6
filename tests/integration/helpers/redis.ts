import { spawnSync } from "node:child_process"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../../..")

/**
 * The Redis a test file runs Medusa on: CHECKOUT_TEST_REDIS_URL, else
 * REDIS_URL's (or the machine's 127.0.0.1:6379) server with a database index
 * of the file's own, which the file flushes first.
 */
export function testRedisUrl(databaseIndex: number): string {
  if (process.env.CHECKOUT_TEST_REDIS_URL) return process.env.CHECKOUT_TEST_REDIS_URL
  const url = new URL(process.env.REDIS_URL || "redis://127.0.0.1:6379")
  url.pathname = `/${databaseIndex}`
  return url.toString()
}

/**
 * Whether Redis answers a PING within a few seconds. Synchronous (a child
 * process) because jest must know which tests a file declares when it loads it.
 */
export function redisAnswers(url: string): boolean {
  const probe =
    'const Redis = require("ioredis"); const r = new Redis(process.argv[1], { lazyConnect: true, connectTimeout: 1500, maxRetriesPerRequest: 0, retryStrategy: () => null });' +
    "r.connect().then(() => r.ping()).then(() => process.exit(0), () => process.exit(1))"
  return spawnSync(process.execPath, ["-e", probe, url], { cwd: ROOT, timeout: 5000, stdio: "ignore" }).status === 0
}

/**
 * Skips with a clear message when Redis is absent, except where it must be
 * there: CI sets REQUIRE_REDIS=1 (the project machines run Redis), and there
 * a missing Redis fails the file instead of quietly skipping it.
 */
export function requireRedisOrSkip(url: string, what: string): boolean {
  if (redisAnswers(url)) return true
  const hint = "start Redis on 127.0.0.1:6379 or set REDIS_URL / CHECKOUT_TEST_REDIS_URL"
  if (process.env.REQUIRE_REDIS === "1") throw new Error(`No Redis answered at ${url} (${hint}); REQUIRE_REDIS=1 makes that a failure`)
  process.stdout.write(`\n  !! No Redis answered at ${url}: ${what} skipped (${hint})\n\n`)
  return false
}
