import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

const SKIPPED = new Set(["node_modules", "dist", ".medusa", ".data", ".vite"])

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return []
  const stat = fs.statSync(entry)
  if (stat.isFile()) return [entry]
  return fs
    .readdirSync(entry)
    .filter((name) => !SKIPPED.has(name))
    .flatMap((name) => listFiles(path.join(entry, name)))
}

/** A content hash of the given files and folders, independent of timestamps and listing order. */
export function fingerprint(root: string, entries: string[]): string {
  const hash = crypto.createHash("sha256")
  const files = entries.flatMap((entry) => listFiles(path.join(root, entry))).sort()
  for (const file of files) {
    hash.update(path.relative(root, file))
    hash.update("\0")
    hash.update(fs.readFileSync(file))
    hash.update("\0")
  }
  return hash.digest("hex")
}

export function readStamp(file: string): string | undefined {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").trim() : undefined
}

export function writeStamp(file: string, value: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, `${value}\n`)
}
