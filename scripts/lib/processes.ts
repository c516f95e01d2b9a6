import { spawn, type ChildProcess } from "node:child_process"
import fs from "node:fs"

export interface RunOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Every output line goes here (a log file), so a failure can be read in full. */
  logFile: string
  /** Values (passwords) written as *** wherever the command line is logged or reported. */
  secrets?: string[]
}

/** A command that exited non-zero; its message carries the output's tail. */
export class CommandFailed extends Error {
  override name = "CommandFailed"
}

/** Runs a command to completion; rejects with the last lines of its output when it fails. */
export function run(command: string, args: string[], options: RunOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = fs.createWriteStream(options.logFile, { flags: "a" })
    const shown = args.map((arg) => (options.secrets?.includes(arg) ? "***" : arg)).join(" ")
    log.write(`\n$ ${command} ${shown}\n`)
    const tail: string[] = []
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
    const collect = (chunk: Buffer) => {
      log.write(chunk)
      tail.push(...chunk.toString("utf8").split("\n").filter(Boolean))
      tail.splice(0, Math.max(0, tail.length - 15))
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("error", reject)
    child.on("close", (code) => {
      log.end()
      if (code === 0) resolve()
      else reject(new CommandFailed(`${command} ${shown} exited with ${code}. Last output:\n${tail.join("\n")}\n(full log: ${options.logFile})`))
    })
  })
}

/**
 * Starts a long-running service. Its output is mirrored with a prefix so the
 * terminal shows which process spoke, and kept in a log file.
 */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: RunOptions & { echo: boolean }
): ChildProcess {
  const log = fs.createWriteStream(options.logFile, { flags: "a" })
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ["ignore", "pipe", "pipe"] })
  const relay = (chunk: Buffer) => {
    log.write(chunk)
    if (!options.echo) return
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.trim()) process.stdout.write(`[${name}] ${line}\n`)
    }
  }
  child.stdout?.on("data", relay)
  child.stderr?.on("data", relay)
  child.on("close", () => log.end())
  return child
}

/** Asks a child to stop and waits for it, forcing it after a grace period. */
export function stopChild(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), graceMs)
    child.once("exit", () => {
      clearTimeout(force)
      resolve()
    })
    child.kill("SIGTERM")
  })
}
