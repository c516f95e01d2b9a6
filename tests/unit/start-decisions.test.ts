import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import {
  adminLogin,
  needsBuild,
  planDatabase,
  shouldCreateAdmin,
  shouldSeed,
  storefrontBuildEnv,
  testDatabaseCandidate,
  testDatabaseUrl,
} from "../../scripts/lib/decisions"
import { fingerprint } from "../../scripts/lib/fingerprint"
import { localSecrets } from "../../scripts/lib/local-secrets"
import { secretProblems } from "../../src/lib/runtime-config"
import { describeConnectionError } from "../../scripts/lib/postgres"

describe("which database npm start uses", () => {
  it("runs an embedded one under .data when DATABASE_URL is unset", () => {
    const plan = planDatabase({}, "/srv/store/.data")
    expect(plan).toMatchObject({ mode: "embedded", port: 54329, dataDir: "/srv/store/.data/postgres" })
    expect(plan.url).toBe("postgres://postgres:postgres@localhost:54329/cis_crafts")
  })

  it("uses DATABASE_URL as given and starts nothing", () => {
    expect(planDatabase({ DATABASE_URL: "postgres://u:p@db:5432/shop" }, "/srv")).toEqual({
      mode: "external",
      url: "postgres://u:p@db:5432/shop",
    })
  })
})

describe("seeding and the first staff user", () => {
  it("seeds an empty store only", () => {
    expect(shouldSeed({ regions: 0 })).toBe(true)
    expect(shouldSeed({ regions: 1 })).toBe(false)
  })

  it("creates a staff user only when none exists", () => {
    expect(shouldCreateAdmin({ users: 0 })).toBe(true)
    expect(shouldCreateAdmin({ users: 3 })).toBe(false)
  })

  it("takes the login from the environment or generates a password", () => {
    expect(adminLogin({ ADMIN_EMAIL: "a@b.c", ADMIN_PASSWORD: "pw" }, () => "gen")).toEqual({
      email: "a@b.c",
      password: "pw",
      generated: false,
    })
    expect(adminLogin({}, () => "gen")).toEqual({ email: "admin@cis-crafts.local", password: "gen", generated: true })
  })
})

describe("rebuilding only what changed", () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "fingerprint-"))
    fs.mkdirSync(path.join(dir, "src", "node_modules"), { recursive: true })
    fs.writeFileSync(path.join(dir, "src", "a.ts"), "one")
    fs.writeFileSync(path.join(dir, "src", "node_modules", "dep.js"), "ignored")
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it("builds when there is no record or the sources changed, not otherwise", () => {
    const first = fingerprint(dir, ["src", "missing.json"])
    expect(needsBuild(first, undefined)).toBe(true)
    expect(needsBuild(first, first)).toBe(false)

    fs.utimesSync(path.join(dir, "src", "a.ts"), new Date(0), new Date(0))
    expect(fingerprint(dir, ["src"])).toBe(fingerprint(dir, ["src", "missing.json"]))
    fs.writeFileSync(path.join(dir, "src", "node_modules", "dep.js"), "changed")
    expect(fingerprint(dir, ["src"])).toBe(first)

    fs.writeFileSync(path.join(dir, "src", "a.ts"), "two")
    expect(needsBuild(fingerprint(dir, ["src"]), first)).toBe(true)
    fs.writeFileSync(path.join(dir, "src", "a.ts"), "one")
    fs.renameSync(path.join(dir, "src", "a.ts"), path.join(dir, "src", "b.ts"))
    expect(needsBuild(fingerprint(dir, ["src"]), first)).toBe(true)
  })
})

describe("which database the tests use", () => {
  it("rewrites 127.0.0.1 to localhost, since the test runner turns SSL on for other names", () => {
    expect(testDatabaseCandidate({ DATABASE_URL: "postgres://me:secret@127.0.0.1:5433/x" })).toEqual({
      host: "localhost",
      port: 5433,
      user: "me",
      password: "secret",
    })
  })

  it("prefers DB_* and falls back to the runner's defaults", () => {
    expect(testDatabaseCandidate({ DB_HOST: "db", DB_PORT: "6000", DB_USERNAME: "t", DB_PASSWORD: "" })).toEqual({
      host: "db",
      port: 6000,
      user: "t",
      password: "",
    })
    expect(testDatabaseCandidate({})).toEqual({ host: "localhost", port: 5432, user: "postgres", password: "" })
    expect(testDatabaseUrl({ host: "localhost", port: 5432, user: "postgres", password: "" })).toBe(
      "postgres://postgres@localhost:5432/postgres"
    )
  })
})

describe("database errors", () => {
  it("explain in one line and never print the password", () => {
    const message = describeConnectionError(
      Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }),
      "postgres://shop:hunter2@db:5432/x"
    )
    expect(message).toBe("Cannot reach the database at postgres://shop:***@db:5432/x: nothing is listening there.")
    expect(message).not.toContain("\n")
  })
})

describe("a local store's own secrets", () => {
  it("are generated once, kept private, and pass the production check", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "secrets-"))
    try {
      const first = localSecrets(dir)
      expect(localSecrets(dir)).toEqual(first)
      expect(first.JWT_SECRET).not.toBe(first.COOKIE_SECRET)
      expect(fs.statSync(path.join(dir, "secrets.json")).mode & 0o777).toBe(0o600)
      expect(secretProblems({ NODE_ENV: "production", ...first })).toEqual([])
      expect(localSecrets(fs.mkdtempSync(path.join(dir, "other-"))).JWT_SECRET).not.toBe(first.JWT_SECRET)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe("what the storefront build is told", () => {
  it("nothing by default, so it follows whatever host serves it", () => {
    expect(storefrontBuildEnv({})).toEqual({})
  })

  it("where the backend moved to", () => {
    expect(storefrontBuildEnv({ PORT: "9100" })).toEqual({ VITE_MEDUSA_BACKEND_URL: "http://localhost:9100" })
    expect(storefrontBuildEnv({ MEDUSA_BACKEND_URL: "https://api.example" })).toEqual({
      VITE_MEDUSA_BACKEND_URL: "https://api.example",
    })
    expect(storefrontBuildEnv({ VITE_MEDUSA_BACKEND_URL: "https://x", PORT: "1" })).toEqual({ VITE_MEDUSA_BACKEND_URL: "https://x" })
  })
})
