/**
 * Settings read from the environment, shared by medusa-config.ts and the
 * start/test scripts so that both agree on defaults. Pure: no Medusa imports,
 * every function takes the environment it reads as an argument.
 */

export type Env = Readonly<Record<string, string | undefined>>

export const DEFAULTS = {
  backendPort: 9000,
  storefrontPort: 8000,
  embeddedPostgresPort: 54329,
  databaseName: "cis_crafts",
  // Embedded Postgres listens on localhost only; the password never leaves this machine.
  embeddedUser: "postgres",
  embeddedPassword: "postgres",
} as const

/** Medusa's own well-known fallback secret (see @medusajs/utils define-config). */
export const MEDUSA_DEFAULT_SECRET = "supersecret"
const SECRET_NAMES = ["JWT_SECRET", "COOKIE_SECRET"] as const
const MIN_SECRET_LENGTH = 32

export class ConfigError extends Error {
  override name = "ConfigError"
}

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === "production"
}

function parsePort(env: Env, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === "") return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`${name} must be a port number between 1 and 65535, got "${raw}"`)
  }
  return port
}

export function backendPort(env: Env): number {
  return parsePort(env, "PORT", DEFAULTS.backendPort)
}

export function storefrontPort(env: Env): number {
  return parsePort(env, "STOREFRONT_PORT", DEFAULTS.storefrontPort)
}

export function embeddedPostgresPort(env: Env): number {
  return parsePort(env, "EMBEDDED_PG_PORT", DEFAULTS.embeddedPostgresPort)
}

export function backendUrl(env: Env): string {
  return env.MEDUSA_BACKEND_URL || `http://localhost:${backendPort(env)}`
}

export function storefrontUrl(env: Env): string {
  return env.STOREFRONT_URL || `http://localhost:${storefrontPort(env)}`
}

/** The URL of the embedded database that `npm start` runs when DATABASE_URL is unset. */
export function embeddedDatabaseUrl(env: Env): string {
  const { embeddedUser, embeddedPassword, databaseName } = DEFAULTS
  return `postgres://${embeddedUser}:${embeddedPassword}@localhost:${embeddedPostgresPort(env)}/${databaseName}`
}

export function databaseUrl(env: Env): string {
  return env.DATABASE_URL || embeddedDatabaseUrl(env)
}

/**
 * In production the app must not run on missing, default or short secrets:
 * anyone could forge staff sessions. Returns the problems, one per secret.
 */
export function secretProblems(env: Env): string[] {
  if (!isProduction(env)) return []
  const problems: string[] = []
  for (const name of SECRET_NAMES) {
    const value = env[name]
    if (!value) problems.push(`${name} is not set`)
    else if (value === MEDUSA_DEFAULT_SECRET) problems.push(`${name} is Medusa's public default "${MEDUSA_DEFAULT_SECRET}"`)
    else if (value.length < MIN_SECRET_LENGTH) problems.push(`${name} is shorter than ${MIN_SECRET_LENGTH} characters`)
  }
  return problems
}

export function assertProductionSecrets(env: Env): void {
  const problems = secretProblems(env)
  if (problems.length > 0) {
    throw new ConfigError(
      `Refusing to start with NODE_ENV=production: ${problems.join("; ")}. ` +
        `Set each to a random value, e.g. \`openssl rand -hex 32\`.`
    )
  }
}

/**
 * In production Medusa marks the staff session cookie Secure, and
 * express-session then only sets it on HTTPS requests. A store served on
 * plain http (a local `npm start`) would refuse every staff login, so there
 * the flag follows the backend URL's scheme; behind HTTPS Medusa's default stands.
 */
export function sessionCookieOptions(env: Env): { secure?: boolean } {
  return backendUrl(env).startsWith("http://") ? { secure: false } : {}
}

export type WorkerMode = "shared" | "worker" | "server"

export function workerMode(env: Env): WorkerMode {
  const mode = env.MEDUSA_WORKER_MODE || "shared"
  if (mode !== "shared" && mode !== "worker" && mode !== "server") {
    throw new ConfigError(`MEDUSA_WORKER_MODE must be shared, worker or server, got "${mode}"`)
  }
  return mode
}

/** The dashboard is served by API instances only, and can be switched off. */
export function adminDisabled(env: Env): boolean {
  return env.DISABLE_MEDUSA_ADMIN === "true" || workerMode(env) === "worker"
}

/** Comma-separated origins; the storefront's own origin is always allowed on store routes. */
export function corsOrigins(env: Env): { store: string; admin: string; auth: string } {
  const storefront = storefrontUrl(env)
  const backend = backendUrl(env)
  const devStorefront = `http://localhost:${storefrontPort(env)}`
  const unique = (list: string[]) => [...new Set(list.filter(Boolean))].join(",")
  const store = env.STORE_CORS || unique([storefront, devStorefront])
  const admin = env.ADMIN_CORS || unique([backend])
  const auth = env.AUTH_CORS || unique([store, admin].join(",").split(","))
  return { store, admin, auth }
}

export interface ModuleConfig {
  resolve: string
  options?: Record<string, unknown>
}

/**
 * How long a caller that names no wait (Medusa's reserve-inventory step)
 * queues for a lock before Medusa answers 409. Medusa's default is 5 s:
 * under a burst of buyers of one craft the queue outlasts it while stock
 * remains. A queued buyer is answered when their turn comes instead.
 */
export function inventoryLockWaitSeconds(env: Env): number {
  const raw = env.INVENTORY_LOCK_WAIT_SECONDS
  if (raw === undefined || raw === "") return 60
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < 5 || seconds > 600) {
    throw new ConfigError(`INVENTORY_LOCK_WAIT_SECONDS must be a whole number of seconds from 5 to 600, got "${raw}"`)
  }
  return seconds
}

/**
 * A subscriber that throws (the ledger's, when its order is busy or the
 * database hiccups) is run again by the Redis event bus this many times, with
 * exponential backoff (1 s, 2 s, 4 s ... about four minutes in all); only
 * the subscribers that failed run again. Medusa's default is one attempt: a
 * failure would be logged and dropped.
 */
export const EVENT_RETRY = { attempts: 9, backoff: { type: "exponential", delay: 1000 } } as const

/**
 * With REDIS_URL, Medusa's Redis-backed event bus, workflow engine, cache and
 * locking replace the in-memory ones, so several instances can share work.
 * This mirrors the set Medusa's own defineConfig uses for its cloud setup.
 */
export function redisModules(env: Env): ModuleConfig[] {
  const redisUrl = env.REDIS_URL
  if (!redisUrl) return []
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl, jobOptions: EVENT_RETRY } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { url: redisUrl } } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
  ]
}

/**
 * Medusa's locking module, with a wait long enough to queue a burst of
 * checkouts (inventoryLockWaitSeconds): Redis locks across instances with
 * REDIS_URL (Medusa's provider, whose acquired locks a dead process holds
 * for 20 s instead of the cart lock's 2 minutes: src/modules/leased-redis-locking),
 * else one process's in-memory locks (src/modules/queued-locking).
 *
 * The wait is given twice on purpose. Medusa 2.21.2 hands a provider's own
 * `options` only to the provider's loaders (where the Redis provider reads
 * `redisUrl`) and constructs the provider's service with the locking
 * *module's* options (@medusajs/modules-sdk dist/loaders/utils/load-internal.js,
 * `new moduleProviderService(localContainer.cradle, resolution.options, ...)`).
 * The Redis provider reads `waitLockingTimeout` in its constructor, so a wait
 * set only beside `redisUrl` was silently ignored and Redis checkouts queued
 * for Medusa's 5 s: the 409s after about 17 s under load. The module-level
 * copy is the one 2.21.2 reads; the provider-level one is where Medusa
 * documents it.
 */
export function lockingModule(env: Env): ModuleConfig {
  const waitLockingTimeout = inventoryLockWaitSeconds(env)
  const provider = env.REDIS_URL
    ? { id: "locking-redis", resolve: "./src/modules/leased-redis-locking", is_default: true, options: { redisUrl: env.REDIS_URL, waitLockingTimeout } }
    : { id: "queued-in-memory", resolve: "./src/modules/queued-locking", is_default: true, options: { waitLockingTimeout } }
  return { resolve: "@medusajs/medusa/locking", options: { waitLockingTimeout, providers: [provider] } }
}
