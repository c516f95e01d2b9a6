/**
 * `npm start`: the whole store from one command. With no DATABASE_URL it
 * runs an embedded PostgreSQL under .data/, migrates, seeds an empty
 * database once, creates the first staff user, builds what changed, then
 * serves the backend (API and dashboard) and the storefront.
 * `npm run dev` (--dev) runs `medusa develop` and Vite's dev server instead.
 */
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import type { ChildProcess } from "node:child_process"
import type http from "node:http"
import {
  adminDisabled,
  backendPort,
  backendUrl,
  ConfigError,
  secretProblems,
  storefrontPort,
  storefrontUrl,
} from "../src/lib/runtime-config"
import {
  adminLogin,
  needsBuild,
  planDatabase,
  shouldCreateAdmin,
  shouldSeed,
  storefrontBuildEnv,
} from "./lib/decisions"
import { fingerprint, readStamp, writeStamp } from "./lib/fingerprint"
import { localSecrets } from "./lib/local-secrets"
import { isPortFree } from "./lib/ports"
import {
  countRows,
  describeConnectionError,
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from "./lib/postgres"
import { CommandFailed, run, startService, stopChild } from "./lib/processes"
import { serveStorefront } from "./lib/static-server"
import { stripeSettings } from "../src/lib/stripe-config"

const ROOT = path.resolve(__dirname, "..")
const DEV = process.argv.includes("--dev")
// CIS_DATA_DIR lets a test run a whole store beside a developer's own .data/.
const DATA_DIR = process.env.CIS_DATA_DIR ? path.resolve(process.env.CIS_DATA_DIR) : path.join(ROOT, ".data")
const LOG_DIR = path.join(DATA_DIR, "logs")
const SERVER_DIR = path.join(ROOT, ".medusa", "server")
const STOREFRONT_DIST = path.join(ROOT, "storefront", "dist")
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const VITE_BIN = path.join(ROOT, "node_modules", ".bin", "vite")

// packages/contract is part of both: the backend and the storefront import it.
const BACKEND_SOURCES = ["src", "packages/contract", "medusa-config.ts", "instrumentation.ts", "tsconfig.json", "package.json", "package-lock.json"]
const STOREFRONT_SOURCES = [
  "storefront/src",
  "packages/contract",
  "storefront/public",
  "storefront/index.html",
  "storefront/vite.config.ts",
  "storefront/tsconfig.json",
  "storefront/package.json",
  "package-lock.json",
]

class StartError extends Error {}

const started = Date.now()
let stepNumber = 0
const TOTAL_STEPS = DEV ? 4 : 6
async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  stepNumber += 1
  const began = Date.now()
  process.stdout.write(`[${stepNumber}/${TOTAL_STEPS}] ${label}... `)
  const result = await work()
  process.stdout.write(`done (${((Date.now() - began) / 1000).toFixed(1)} s)\n`)
  return result
}

const children: ChildProcess[] = []
let storefrontServer: http.Server | undefined
let database: EmbeddedPostgresHandle | undefined
let shuttingDown = false

async function shutdown(code: number) {
  if (shuttingDown) return
  shuttingDown = true
  if (children.length || database || storefrontServer) process.stdout.write("\nStopping...\n")
  storefrontServer?.close()
  // The backend drains its requests in flight first (src/lib/graceful-shutdown.ts: up to 90 s), then stops its modules.
  await Promise.all(children.map((child) => stopChild(child, 100_000)))
  await database?.stop()
  process.exit(code)
}

async function main() {
  // `medusa start` runs in production mode unless told otherwise; check what it will see.
  const env: NodeJS.ProcessEnv = { NODE_ENV: DEV ? "development" : "production", ...localSecrets(DATA_DIR), ...process.env }
  const problems = secretProblems(env)
  if (problems.length) throw new StartError(`NODE_ENV=production needs real secrets: ${problems.join("; ")}.`)
  const apiPort = backendPort(env)
  const shopPort = storefrontPort(env)
  for (const [port, name, variable] of [
    [apiPort, "backend", "PORT"],
    [shopPort, "storefront", "STOREFRONT_PORT"],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new StartError(`Port ${port} (${name}) is busy: stop what uses it (is the store already running?) or set ${variable}.`)
    }
  }
  fs.mkdirSync(LOG_DIR, { recursive: true })

  const plan = planDatabase(env, DATA_DIR)
  if (plan.mode === "embedded") {
    if (!(await isPortFree(plan.port))) {
      throw new StartError(`Port ${plan.port} (embedded PostgreSQL) is busy: another copy may be running; stop it or set EMBEDDED_PG_PORT.`)
    }
    database = await step(`Starting embedded PostgreSQL on port ${plan.port} (data in ${path.relative(ROOT, plan.dataDir) || plan.dataDir})`, () =>
      startEmbeddedPostgres({ ...plan, onLog: (line) => fs.appendFileSync(path.join(LOG_DIR, "postgres.log"), line) })
    )
  } else {
    stepNumber += 1
    process.stdout.write(`[${stepNumber}/${TOTAL_STEPS}] Using the database at DATABASE_URL\n`)
  }
  try {
    await ensureDatabase(plan.url)
  } catch (error) {
    const hint =
      plan.mode === "external"
        ? "Check DATABASE_URL, or unset it to use the embedded database."
        : `See ${path.relative(ROOT, LOG_DIR)}/postgres.log.`
    throw new StartError(`${describeConnectionError(error, plan.url)} ${hint}`)
  }

  const childEnv: NodeJS.ProcessEnv = {
    ...env,
    DATABASE_URL: plan.url,
    PORT: String(apiPort),
    MEDUSA_BACKEND_URL: backendUrl(env),
    STOREFRONT_URL: storefrontUrl(env),
    ...storefrontBuildEnv(env),
  }
  const logFile = path.join(LOG_DIR, "medusa.log")
  // Dev mode runs the TypeScript sources; start runs the compiled build, as production does.
  const medusaDir = DEV ? ROOT : SERVER_DIR

  if (!DEV) {
    const sources = fingerprint(ROOT, BACKEND_SOURCES)
    const stampFile = path.join(SERVER_DIR, ".build-fingerprint")
    if (needsBuild(sources, readStamp(stampFile))) {
      await step("Building the backend and admin dashboard (first run or sources changed, ~1 min)", () =>
        // The contract's compiled copy goes into the build: Node cannot run its TypeScript (see "build:contract").
        run(MEDUSA_BIN, ["build"], { cwd: ROOT, env: childEnv, logFile }).then(() =>
          run("npm", ["run", "build:contract"], { cwd: ROOT, env: childEnv, logFile })
        )
      )
      writeStamp(stampFile, sources)
    } else {
      stepNumber += 1
      process.stdout.write(`[${stepNumber}/${TOTAL_STEPS}] Backend build is up to date\n`)
    }
    linkUploadsIntoBuild()
  }

  await step("Applying database migrations", () => run(MEDUSA_BIN, ["db:migrate"], { cwd: medusaDir, env: childEnv, logFile }))

  if (shouldSeed({ regions: await countRows(plan.url, "region") })) {
    await step("Seeding the demo catalog (empty database)", () =>
      run(MEDUSA_BIN, ["exec", DEV ? "./src/scripts/seed.ts" : "./src/scripts/seed.js"], { cwd: medusaDir, env: childEnv, logFile })
    )
  } else {
    stepNumber += 1
    process.stdout.write(`[${stepNumber}/${TOTAL_STEPS}] Catalog already present, not seeding\n`)
  }

  // Stripe switched on (here or since the last start): every region offers cards too.
  if (stripeSettings(env)) {
    process.stdout.write("      Card payments (STRIPE_API_KEY is set): offering Stripe in every region\n")
    await run(MEDUSA_BIN, ["exec", DEV ? "./src/scripts/enable-card-payments.ts" : "./src/scripts/enable-card-payments.js"], {
      cwd: medusaDir,
      env: childEnv,
      logFile,
    })
  }

  const login = adminLogin(env, () => crypto.randomBytes(12).toString("base64url"))
  let showPassword = !login.generated
  if (shouldCreateAdmin({ users: await countRows(plan.url, "user") })) {
    await run(MEDUSA_BIN, ["user", "-e", login.email, "-p", login.password!], {
      cwd: medusaDir,
      env: childEnv,
      logFile,
      secrets: [login.password!],
    })
    showPassword = true
    // Said at once: should a later step fail, the generated password is not lost with it.
    process.stdout.write(`      Created the staff user ${login.email} with password ${login.password}\n`)
  }

  if (!DEV) {
    // A backend moved elsewhere is baked into the build, so it is part of what the build depends on.
    const sources = `${fingerprint(ROOT, STOREFRONT_SOURCES)} ${JSON.stringify(storefrontBuildEnv(env))}`
    const stampFile = path.join(STOREFRONT_DIST, ".build-fingerprint")
    if (needsBuild(sources, readStamp(stampFile))) {
      await step("Building the storefront", () =>
        run("npm", ["run", "build", "-w", "storefront"], { cwd: ROOT, env: childEnv, logFile: path.join(LOG_DIR, "storefront.log") })
      )
      writeStamp(stampFile, sources)
    } else {
      stepNumber += 1
      process.stdout.write(`[${stepNumber}/${TOTAL_STEPS}] Storefront build is up to date\n`)
    }
  }

  const backend = await step(`Starting the backend on port ${apiPort}`, () =>
    startBackend(medusaDir, childEnv, logFile, apiPort)
  )
  children.push(backend)
  backend.on("exit", (code) => {
    if (!shuttingDown) {
      process.stderr.write(`The backend stopped (exit code ${code}); see ${path.relative(ROOT, logFile)}.\n`)
      void shutdown(1)
    }
  })

  if (DEV) {
    const vite = startService("storefront", VITE_BIN, ["--port", String(shopPort), "--strictPort"], {
      cwd: path.join(ROOT, "storefront"),
      env: childEnv,
      logFile: path.join(LOG_DIR, "storefront.log"),
      echo: true,
    })
    children.push(vite)
  } else {
    // The pages carry the key and regions, read from the API on this machine (scripts/lib/boot-data.ts).
    storefrontServer = await serveStorefront(STOREFRONT_DIST, shopPort, storefrontBuildEnv(env), `http://localhost:${apiPort}`)
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const lines = [
    "",
    `CIS Fair Trade Crafts is running (ready in ${seconds} s).`,
    `  Storefront        ${storefrontUrl(env)}`,
    `  Store API         ${backendUrl(env)}/store`,
    adminDisabled(env) ? "  Admin dashboard   disabled" : `  Admin dashboard   ${backendUrl(env)}/app`,
    `  Staff login       ${login.email} / ${showPassword ? login.password : "(the password printed on the first run, or ADMIN_PASSWORD)"}`,
    login.generated && showPassword ? "  This generated password is shown only now: keep it." : "",
    `  Logs              ${path.relative(ROOT, LOG_DIR) || LOG_DIR}/`,
    "Press Ctrl-C to stop everything.",
  ]
  process.stdout.write(`${lines.filter(Boolean).join("\n")}\n`)
}

/**
 * `medusa build` recreates .medusa/server, and Medusa serves uploads from
 * <working dir>/static. Linking that to .data/uploads keeps uploaded images
 * (the seeded illustrations among them) across rebuilds.
 */
function linkUploadsIntoBuild() {
  const uploads = path.join(DATA_DIR, "uploads")
  const link = path.join(SERVER_DIR, "static")
  fs.mkdirSync(uploads, { recursive: true })
  const current = fs.lstatSync(link, { throwIfNoEntry: false })
  if (current?.isSymbolicLink() && fs.readlinkSync(link) === uploads) return
  fs.rmSync(link, { recursive: true, force: true })
  fs.symlinkSync(uploads, link, "dir")
}

/** Resolves once the backend answers its health check, rejects if it dies first. */
async function startBackend(cwd: string, env: NodeJS.ProcessEnv, logFile: string, port: number) {
  const child = startService("backend", MEDUSA_BIN, [DEV ? "develop" : "start"], { cwd, env, logFile, echo: DEV })
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new StartError(`The backend exited during start-up; see ${path.relative(ROOT, logFile)}.`)
    const healthy = await fetch(`http://localhost:${port}/health`).then((r) => r.ok, () => false)
    if (healthy) return child
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill("SIGKILL")
  throw new StartError(`The backend did not answer on port ${port} within 3 minutes; see ${path.relative(ROOT, logFile)}.`)
}

process.on("SIGINT", () => void shutdown(0))
process.on("SIGTERM", () => void shutdown(0))

main().catch(async (error: unknown) => {
  // Expected failures (busy port, unreachable database, bad setting) get their one line;
  // anything else its stack, since that is a bug worth reporting.
  const expected = error instanceof StartError || error instanceof ConfigError || error instanceof CommandFailed
  const message = error instanceof Error ? (expected || !error.stack ? error.message : error.stack) : String(error)
  process.stdout.write("\n")
  process.stderr.write(`${message}\n`)
  await shutdown(1)
})
