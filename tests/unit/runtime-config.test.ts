import {
  adminDisabled,
  assertProductionSecrets,
  corsOrigins,
  databaseUrl,
  embeddedDatabaseUrl,
  inventoryLockWaitSeconds,
  lockingModule,
  redisModules,
  secretProblems,
  sessionCookieOptions,
  workerMode,
} from "../../src/lib/runtime-config"

const strong = "x".repeat(40)

describe("production secrets", () => {
  it("are not demanded outside production", () => {
    expect(secretProblems({})).toEqual([])
    expect(() => assertProductionSecrets({ NODE_ENV: "development" })).not.toThrow()
  })

  it("refuse missing, default and short secrets, naming each one", () => {
    expect(secretProblems({ NODE_ENV: "production" })).toEqual(["JWT_SECRET is not set", "COOKIE_SECRET is not set"])
    const problems = secretProblems({ NODE_ENV: "production", JWT_SECRET: "supersecret", COOKIE_SECRET: "short" })
    expect(problems[0]).toContain("JWT_SECRET is Medusa's public default")
    expect(problems[1]).toContain("COOKIE_SECRET is shorter than 32")
    expect(() => assertProductionSecrets({ NODE_ENV: "production", JWT_SECRET: strong })).toThrow(/COOKIE_SECRET is not set/)
  })

  it("accept two strong secrets", () => {
    expect(() => assertProductionSecrets({ NODE_ENV: "production", JWT_SECRET: strong, COOKIE_SECRET: strong })).not.toThrow()
  })
})

describe("database", () => {
  it("defaults to the embedded server's URL and honours DATABASE_URL", () => {
    expect(databaseUrl({})).toBe("postgres://postgres:postgres@localhost:54329/cis_crafts")
    expect(embeddedDatabaseUrl({ EMBEDDED_PG_PORT: "6000" })).toContain("localhost:6000/")
    expect(databaseUrl({ DATABASE_URL: "postgres://db.example/x" })).toBe("postgres://db.example/x")
  })

  it("rejects a port that is not a port", () => {
    expect(() => embeddedDatabaseUrl({ EMBEDDED_PG_PORT: "70000" })).toThrow(/EMBEDDED_PG_PORT/)
    expect(() => embeddedDatabaseUrl({ EMBEDDED_PG_PORT: "abc" })).toThrow(/EMBEDDED_PG_PORT/)
  })
})

describe("redis", () => {
  it("keeps Medusa's in-memory modules without REDIS_URL", () => {
    expect(redisModules({})).toEqual([])
  })

  it("switches event bus, workflow engine and cache to Redis with REDIS_URL", () => {
    const modules = redisModules({ REDIS_URL: "redis://localhost:6379" })
    expect(modules.map((module) => module.resolve)).toEqual([
      "@medusajs/medusa/event-bus-redis",
      "@medusajs/medusa/workflow-engine-redis",
      "@medusajs/medusa/cache-redis",
    ])
    expect(JSON.stringify(modules)).not.toContain("undefined")
    expect(JSON.stringify(modules).match(/redis:\/\/localhost:6379/g)).toHaveLength(3)
  })

  it("has the Redis event bus retry a failed subscriber with backoff (Medusa's default is one attempt)", () => {
    const [bus] = redisModules({ REDIS_URL: "redis://localhost:6379" })
    expect(bus.options?.jobOptions).toEqual({ attempts: 9, backoff: { type: "exponential", delay: 1000 } })
  })

  it("queues lock waiters for a minute by default, in Redis with REDIS_URL and in memory without", () => {
    const provider = (env: Record<string, string>) => (lockingModule(env).options as { providers: { resolve: string; options: Record<string, unknown> }[] }).providers[0]
    expect(provider({})).toMatchObject({ resolve: "./src/modules/queued-locking", options: { waitLockingTimeout: 60 } })
    expect(provider({ REDIS_URL: "redis://localhost:6379", INVENTORY_LOCK_WAIT_SECONDS: "90" })).toMatchObject({
      resolve: "./src/modules/leased-redis-locking",
      options: { redisUrl: "redis://localhost:6379", waitLockingTimeout: 90 },
    })
    // Medusa 2.21.2 constructs the provider with the module's options: the wait must be there too.
    expect(lockingModule({}).options).toMatchObject({ waitLockingTimeout: 60 })
    expect(lockingModule({ REDIS_URL: "redis://localhost:6379", INVENTORY_LOCK_WAIT_SECONDS: "90" }).options).toMatchObject({ waitLockingTimeout: 90 })
    expect(inventoryLockWaitSeconds({ INVENTORY_LOCK_WAIT_SECONDS: "5" })).toBe(5)
    for (const bad of ["4", "601", "1.5", "soon"]) expect(() => inventoryLockWaitSeconds({ INVENTORY_LOCK_WAIT_SECONDS: bad })).toThrow(/INVENTORY_LOCK_WAIT_SECONDS/)
  })
})

describe("worker mode and admin", () => {
  it("validates MEDUSA_WORKER_MODE", () => {
    expect(workerMode({})).toBe("shared")
    expect(workerMode({ MEDUSA_WORKER_MODE: "worker" })).toBe("worker")
    expect(() => workerMode({ MEDUSA_WORKER_MODE: "boss" })).toThrow(/shared, worker or server/)
  })

  it("serves the dashboard from API instances only", () => {
    expect(adminDisabled({})).toBe(false)
    expect(adminDisabled({ MEDUSA_WORKER_MODE: "worker" })).toBe(true)
    expect(adminDisabled({ DISABLE_MEDUSA_ADMIN: "true" })).toBe(true)
  })
})

describe("CORS", () => {
  it("lets the storefront call store and auth routes by default", () => {
    const cors = corsOrigins({ STOREFRONT_PORT: "8100" })
    expect(cors.store).toBe("http://localhost:8100")
    expect(cors.auth.split(",")).toEqual(expect.arrayContaining(["http://localhost:8100", "http://localhost:9000"]))
  })

  it("takes explicit origins as given", () => {
    const cors = corsOrigins({ STORE_CORS: "https://shop.example", ADMIN_CORS: "https://admin.example" })
    expect(cors).toEqual({
      store: "https://shop.example",
      admin: "https://admin.example",
      auth: "https://shop.example,https://admin.example",
    })
  })
})

describe("staff session cookie", () => {
  it("drops the Secure flag only where the backend is served over plain http", () => {
    expect(sessionCookieOptions({})).toEqual({ secure: false })
    expect(sessionCookieOptions({ MEDUSA_BACKEND_URL: "http://shop.local:9000" })).toEqual({ secure: false })
    expect(sessionCookieOptions({ MEDUSA_BACKEND_URL: "https://api.cis-crafts.example" })).toEqual({})
  })
})
