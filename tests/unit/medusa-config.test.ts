import type { ConfigModule } from "@medusajs/framework/types"

/** Loads medusa-config.ts afresh under the given environment, as `medusa start` would. */
function loadConfig(env: Record<string, string>): ConfigModule {
  const saved = { ...process.env }
  for (const key of ["DATABASE_URL", "REDIS_URL", "JWT_SECRET", "COOKIE_SECRET", "MEDUSA_WORKER_MODE", "DISABLE_MEDUSA_ADMIN"]) {
    delete process.env[key]
  }
  Object.assign(process.env, env)
  try {
    let config: ConfigModule | undefined
    jest.isolateModules(() => {
      // A fresh module instance per environment: the config is computed when the file loads.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = require("../../medusa-config")
    })
    return config!
  } finally {
    process.env = saved
  }
}

const strong = "s".repeat(48)

describe("medusa-config", () => {
  it("refuses to load in production without real secrets, naming them", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(/JWT_SECRET is not set; COOKIE_SECRET is not set/)
  })

  it("runs on the embedded database and in-memory infrastructure by default", () => {
    const config = loadConfig({ NODE_ENV: "test" })
    expect(config.projectConfig.databaseUrl).toBe("postgres://postgres:postgres@localhost:54329/cis_crafts")
    expect(config.projectConfig.redisUrl).toBeUndefined()
    expect(config.admin.path).toBe("/app")
    const modules = JSON.stringify(config.modules)
    expect(modules).not.toContain("redis")
  })

  it("puts events, workflows, cache, locking and sessions on Redis when REDIS_URL is set", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      JWT_SECRET: strong,
      COOKIE_SECRET: strong,
      REDIS_URL: "redis://localhost:6379",
      DATABASE_URL: "postgres://db.internal/shop",
      MEDUSA_WORKER_MODE: "worker",
      MEDUSA_BACKEND_URL: "https://api.example",
    })
    expect(config.projectConfig.redisUrl).toBe("redis://localhost:6379")
    expect(config.projectConfig.databaseUrl).toBe("postgres://db.internal/shop")
    expect(config.projectConfig.workerMode).toBe("worker")
    expect(config.admin.disable).toBe(true)
    expect(config.projectConfig.cookieOptions).toEqual({})
    const modules = JSON.stringify(config.modules)
    for (const name of ["event-bus-redis", "workflow-engine-redis", "cache-redis", "locking-redis"]) {
      expect(modules).toContain(name)
    }
  })
})
