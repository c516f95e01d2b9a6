/**
 * The start script's decisions, as pure functions so they can be tested
 * without starting anything.
 */
import path from "node:path"
import { backendUrl, DEFAULTS, embeddedDatabaseUrl, embeddedPostgresPort, type Env } from "../../src/lib/runtime-config"

export type DatabasePlan =
  | { mode: "external"; url: string }
  | { mode: "embedded"; url: string; port: number; dataDir: string; user: string; password: string }

/** No DATABASE_URL means the project runs its own Postgres in its data folder (.data/). */
export function planDatabase(env: Env, dataDir: string): DatabasePlan {
  if (env.DATABASE_URL) return { mode: "external", url: env.DATABASE_URL }
  return {
    mode: "embedded",
    url: embeddedDatabaseUrl(env),
    port: embeddedPostgresPort(env),
    dataDir: path.join(dataDir, "postgres"),
    user: DEFAULTS.embeddedUser,
    password: DEFAULTS.embeddedPassword,
  }
}

/** The demo catalog goes into an empty store only: once any region exists, staff own the data. */
export function shouldSeed(counts: { regions: number }): boolean {
  return counts.regions === 0
}

/** A first staff user is created only when there is none. */
export function shouldCreateAdmin(counts: { users: number }): boolean {
  return counts.users === 0
}

/** Rebuild when the sources' fingerprint differs from the one recorded by the last good build. */
export function needsBuild(currentFingerprint: string, recordedFingerprint: string | undefined): boolean {
  return currentFingerprint !== recordedFingerprint
}

export interface AdminLogin {
  email: string
  password: string | undefined
  generated: boolean
}

/** ADMIN_EMAIL/ADMIN_PASSWORD win; without a password one is generated (and printed once). */
export function adminLogin(env: Env, generate: () => string): AdminLogin {
  const email = env.ADMIN_EMAIL || "admin@cis-crafts.local"
  if (env.ADMIN_PASSWORD) return { email, password: env.ADMIN_PASSWORD, generated: false }
  return { email, password: generate(), generated: true }
}

export interface TestDatabase {
  host: string
  port: number
  user: string
  password: string
}

/**
 * The Postgres the tests should try first: DB_* as Medusa's test runner reads
 * them, else DATABASE_URL taken apart, else the runner's defaults. The host is
 * always written `localhost`: the runner switches SSL on for any other name,
 * and a local server without SSL then hangs the suite.
 */
export function testDatabaseCandidate(env: Env): TestDatabase {
  const fromUrl = env.DATABASE_URL && !env.DB_HOST ? new URL(env.DATABASE_URL) : undefined
  const host = env.DB_HOST ?? fromUrl?.hostname ?? "localhost"
  return {
    host: host === "127.0.0.1" || host === "::1" || host === "[::1]" ? "localhost" : host,
    port: Number(env.DB_PORT ?? (fromUrl?.port || 5432)),
    user: env.DB_USERNAME ?? (fromUrl ? decodeURIComponent(fromUrl.username) : "postgres"),
    password: env.DB_PASSWORD ?? (fromUrl ? decodeURIComponent(fromUrl.password) : ""),
  }
}

export function testDatabaseUrl(db: TestDatabase, name = "postgres"): string {
  const auth = db.password ? `${encodeURIComponent(db.user)}:${encodeURIComponent(db.password)}` : encodeURIComponent(db.user)
  return `postgres://${auth}@${db.host}:${db.port}/${name}`
}

/**
 * The built storefront finds the backend on its own host at port 9000, which
 * suits any host name. Only a moved backend (PORT, MEDUSA_BACKEND_URL) is
 * written into the build.
 */
export function storefrontBuildEnv(env: Env): Record<string, string> {
  if (env.VITE_MEDUSA_BACKEND_URL) return { VITE_MEDUSA_BACKEND_URL: env.VITE_MEDUSA_BACKEND_URL }
  if (env.MEDUSA_BACKEND_URL || env.PORT) return { VITE_MEDUSA_BACKEND_URL: backendUrl(env) }
  return {}
}
