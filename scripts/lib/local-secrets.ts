import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"

export interface Secrets {
  JWT_SECRET: string
  COOKIE_SECRET: string
}

/**
 * `medusa start` runs in production mode, which rightly refuses Medusa's
 * public default secrets. A local store gets its own random pair on first
 * run, kept (owner-readable only) beside its database so sessions survive
 * restarts. Secrets set in the environment always win.
 */
export function localSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, "secrets.json")
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as Secrets
  const secrets: Secrets = {
    JWT_SECRET: crypto.randomBytes(32).toString("hex"),
    COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
  }
  fs.mkdirSync(dataDir, { recursive: true })
  fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  return secrets
}
