import { randomUUID } from "node:crypto"
import { Client } from "@medusajs/framework/pg"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

type RunnerOptions = Parameters<typeof medusaIntegrationTestRunner>[0]

/**
 * Medusa's test runner, starting from a database that `npm test` migrated
 * once (CIS_TEST_DB_TEMPLATE) instead of migrating an empty one per file: the
 * runner still runs its migrations and link sync, which then find nothing to
 * do. Run without that template (jest called directly), it migrates as usual.
 */
export function integrationRunner(options: RunnerOptions): void {
  const template = process.env.CIS_TEST_DB_TEMPLATE
  if (!template) return medusaIntegrationTestRunner(options)
  const dbName = `cis-it-${randomUUID().slice(0, 12)}`
  medusaIntegrationTestRunner({
    ...options,
    dbName,
    hooks: {
      ...options.hooks,
      // Runs before the runner creates its database (it keeps one that exists).
      beforeServerStart: async (container) => {
        await cloneDatabase(template, dbName)
        await options.hooks?.beforeServerStart?.(container)
      },
    },
  })
}

async function cloneDatabase(template: string, name: string): Promise<void> {
  const { DB_HOST = "localhost", DB_PORT = "5432", DB_USERNAME = "postgres", DB_PASSWORD = "" } = process.env
  const client = new Client({ host: DB_HOST, port: Number(DB_PORT), user: DB_USERNAME, password: DB_PASSWORD, database: "postgres" })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} TEMPLATE ${client.escapeIdentifier(template)}`)
  } finally {
    await client.end()
  }
}
