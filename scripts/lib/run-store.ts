import { spawn, type ChildProcess } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { setTimeout as sleep } from "node:timers/promises"

const ROOT = path.resolve(__dirname, "../..")
/**
 * One store of this checkout at a time: each `npm start` builds into the same
 * .medusa/server and storefront/dist (the storefront with its backend's port
 * baked in), so two at once would rebuild under each other. Test files run
 * side by side (npm test's two jest workers) take turns here.
 */
const TURN_DIR = path.join(os.tmpdir(), `cis-store-${crypto.createHash("sha1").update(ROOT).digest("hex").slice(0, 12)}.lock`)
const TURN_WAIT_MS = 20 * 60_000

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

function holderOfTurn(): number {
  try {
    return Number(fs.readFileSync(path.join(TURN_DIR, "pid"), "utf8"))
  } catch {
    return 0
  }
}

/** Waits for this checkout's turn; the returned function gives it back. A turn held by a dead process is taken over. */
async function takeTurn(): Promise<() => void> {
  const deadline = Date.now() + TURN_WAIT_MS
  for (;;) {
    try {
      fs.mkdirSync(TURN_DIR)
      fs.writeFileSync(path.join(TURN_DIR, "pid"), String(process.pid))
      const release = () => fs.rmSync(TURN_DIR, { recursive: true, force: true })
      process.once("exit", release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error
    }
    const holder = holderOfTurn()
    // No pid (yet): the holder is between mkdir and writing it, or just gave the turn back; look again in a moment.
    if (holder && !alive(holder)) fs.rmSync(TURN_DIR, { recursive: true, force: true })
    if (Date.now() > deadline) throw new Error(`Another store of this checkout (pid ${holder}) kept running for ${TURN_WAIT_MS / 60_000} minutes`)
    await sleep(1000)
  }
}

export interface RunningStore {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** Runs `npm start`'s script as a new user would, with the given environment (data folder, ports); one at a time per checkout. */
export async function startStore(env: NodeJS.ProcessEnv): Promise<RunningStore> {
  const release = await takeTurn()
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  void exited.then(release)
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes("Press Ctrl-C to stop everything.")) resolve({ child, output: () => output, exited })
    }
    child.stdout!.on("data", onData)
    child.stderr!.on("data", onData)
    void exited.then((code) => reject(new Error(`npm start exited with ${code} before it was ready:\n${output}`)))
  })
}

/** Ctrl-C, as a person would; resolves with the exit code once everything stopped. */
export async function stopStore(store: RunningStore): Promise<number | null> {
  store.child.kill("SIGINT")
  return store.exited
}
