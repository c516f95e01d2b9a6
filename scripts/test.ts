/**
 * `npm test`: every suite, against the Postgres named by DB_* or DATABASE_URL
 * when it answers, else against an embedded one started here for the run.
 */
import os from "node:os"
import path from "node:path"
import fs from "node:fs"
import { spawnSync } from "node:child_process"
import { testDatabaseCandidate, testDatabaseUrl, type TestDatabase } from "./lib/decisions"
import { freePort } from "./lib/ports"
import { startEmbeddedPostgres, withClient, type EmbeddedPostgresHandle } from "./lib/postgres"

const ROOT = path.resolve(__dirname, "..")

async function answers(db: TestDatabase): Promise<boolean> {
  return withClient(testDatabaseUrl(db), async (client) => {
    await client.query("SELECT 1")
    return true
  }).catch(() => false)
}

function runStep(label: string, command: string, args: string[], env: NodeJS.ProcessEnv, cwd = ROOT): number {
  process.stdout.write(`\n== ${label}\n`)
  const result = spawnSync(command, args, { cwd, env, stdio: "inherit" })
  return result.status ?? 1
}

/** Integration files run when no file is named, or when one of them is named. */
function needsIntegrationDatabase(jestArgs: string[]): boolean {
  const files = jestArgs.filter((arg) => !arg.startsWith("-"))
  return files.length === 0 || files.some((file) => file.includes("integration"))
}

/**
 * Migrates one database for the whole run; each integration file starts from
 * a copy of it (tests/integration/helpers/runner.ts) instead of migrating an
 * empty database itself, which took about a third of each file's boot.
 */
async function migrateTemplate(db: TestDatabase, env: NodeJS.ProcessEnv): Promise<string> {
  const name = `cis_test_template_${process.pid}`
  await dropDatabase(db, name)
  await withClient(testDatabaseUrl(db), (client) => client.query(`CREATE DATABASE ${name}`))
  const migrated = spawnSync(path.join(ROOT, "node_modules/.bin/medusa"), ["db:migrate"], {
    cwd: ROOT,
    env: { ...env, DATABASE_URL: testDatabaseUrl(db, name), LOG_LEVEL: "error" },
    stdio: ["ignore", "ignore", "inherit"],
  })
  if (migrated.status !== 0) throw new Error("migrating the tests' template database failed")
  return name
}

async function dropDatabase(db: TestDatabase, name: string): Promise<void> {
  await withClient(testDatabaseUrl(db), (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))
}

/**
 * Each integration file boots a whole Medusa app, mostly on one core: two files
 * side by side use both of a 2-core machine (CIS_TEST_WORKERS changes it). A
 * worker whose heap passed 1 GB after a file is replaced before the next: a
 * booted app is not all freed when its file ends, and run in one process the
 * whole suite once passed Node's 4 GB limit (measured).
 */
function workerArgs(): string[] {
  const workers = Number(process.env.CIS_TEST_WORKERS ?? 2)
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`CIS_TEST_WORKERS must be a whole number from 1, not "${process.env.CIS_TEST_WORKERS}"`)
  return [`--maxWorkers=${workers}`, "--workerIdleMemoryLimit=1GB"]
}

async function main() {
  let db = testDatabaseCandidate(process.env)
  let embedded: EmbeddedPostgresHandle | undefined
  let dataDir: string | undefined
  if (await answers(db)) {
    process.stdout.write(`Tests use PostgreSQL at ${db.host}:${db.port} as ${db.user}.\n`)
  } else {
    const port = await freePort()
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cis-test-pg-"))
    // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
    fs.chmodSync(dataDir, 0o755)
    db = { host: "localhost", port, user: "postgres", password: "postgres" }
    process.stdout.write(`No PostgreSQL answered; starting an embedded one on port ${port} for this run.\n`)
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "data"), port, user: db.user, password: db.password })
  }
  // Interrupted runs still stop the database they started.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => void embedded?.stop().finally(() => process.exit(130)))
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DB_HOST: db.host,
    DB_PORT: String(db.port),
    DB_USERNAME: db.user,
    DB_PASSWORD: db.password,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
    // Integration tests exercise the API; building the dashboard would only slow every file down.
    DISABLE_MEDUSA_ADMIN: "true",
  }
  // Leave the database choice to the runner's DB_*: a DATABASE_URL would point the app elsewhere.
  delete env.DATABASE_URL
  const jestArgs = process.argv.slice(2)
  const template = needsIntegrationDatabase(jestArgs) ? await migrateTemplate(db, env) : undefined
  if (template) env.CIS_TEST_DB_TEMPLATE = template
  let status = runStep("backend tests (jest)", path.join(ROOT, "node_modules/.bin/jest"), [...workerArgs(), "--forceExit", ...jestArgs], env)
  if (jestArgs.length === 0) {
    status ||= runStep("storefront tests (vitest)", "npm", ["run", "test", "-w", "storefront"], env)
  }
  if (template) await dropDatabase(db, template)
  await embedded?.stop()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
  process.exit(status)
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message ?? String(error)}\n`)
  process.exit(1)
})
