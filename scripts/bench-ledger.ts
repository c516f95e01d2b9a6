/**
 * `npm run bench:ledger`: migrates a scratch database (on the Postgres named by
 * DB_* when it answers, else an embedded one), runs the measuring script in
 * the app with `medusa exec`, prints its figures, and drops the database.
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { spawnSync } from "node:child_process"
import { testDatabaseCandidate, testDatabaseUrl } from "./lib/decisions"
import { freePort } from "./lib/ports"
import { startEmbeddedPostgres, withClient, type EmbeddedPostgresHandle } from "./lib/postgres"

const ROOT = path.resolve(__dirname, "..")
const NAME = `cis_bench_${process.pid}`

async function main() {
  let db = testDatabaseCandidate(process.env)
  let embedded: EmbeddedPostgresHandle | undefined
  const reachable = await withClient(testDatabaseUrl(db), (c) => c.query("SELECT 1").then(() => true)).catch(() => false)
  if (!reachable) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cis-bench-pg-"))
    fs.chmodSync(dir, 0o755)
    db = { host: "localhost", port: await freePort(), user: "postgres", password: "postgres" }
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dir, "data"), port: db.port, user: db.user, password: db.password })
  }
  const admin = testDatabaseUrl(db)
  await withClient(admin, (c) => c.query(`CREATE DATABASE ${NAME}`))
  const env = { ...process.env, DATABASE_URL: testDatabaseUrl(db, NAME), NODE_ENV: "development", DISABLE_MEDUSA_ADMIN: "true", LOG_LEVEL: "error" }
  const medusa = path.join(ROOT, "node_modules/.bin/medusa")
  try {
    process.stdout.write(`Migrating a scratch database ${NAME}...\n`)
    const migrated = spawnSync(medusa, ["db:migrate"], { cwd: ROOT, env, stdio: ["ignore", "ignore", "inherit"] })
    if (migrated.status !== 0) throw new Error("migrations failed")
    const ran = spawnSync(medusa, ["exec", "./src/scripts/bench-ledger.ts"], { cwd: ROOT, env, stdio: "inherit" })
    process.exitCode = ran.status ?? 1
  } finally {
    await withClient(admin, (c) => c.query(`DROP DATABASE IF EXISTS ${NAME} WITH (FORCE)`))
    await embedded?.stop()
  }
}

main().catch((error) => {
  console.error((error as Error).message)
  process.exit(1)
})
