import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"

const ROOT = path.resolve(__dirname, "../..")

export interface RunningStore {
  child: ChildProcess
  output: () => string
  exited: Promise<number | null>
}

/** Runs `npm start`'s script as a new user would, with the given environment (data folder, ports). */
export function startStore(env: NodeJS.ProcessEnv): Promise<RunningStore> {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
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
