/**
 * A process that takes a lock the way Medusa's completeCartWorkflow takes its
 * cart lock (acquire, owner-less, ttl 120 s) through the store's configured
 * Redis locking provider, says "held", and then stays alive until killed.
 * Arguments: redis URL, key, provider options as JSON.
 */
import Redis from "ioredis"
import { lockingModule } from "../../../src/lib/runtime-config"

type ProviderClass = new (cradle: unknown, options: unknown) => { acquire: (keys: string, args: { expire: number }) => Promise<void> }

async function main() {
  const [url, key, extra] = process.argv.slice(2)
  const config = lockingModule({ REDIS_URL: url })
  const provider = (config.options as { providers: { resolve: string }[] }).providers[0]
  const resolved = provider.resolve.startsWith("./") ? `${process.cwd()}/${provider.resolve}` : provider.resolve
  const exported = (await import(resolved)) as { default: { services: ProviderClass[] } } & { default: { default?: { services: ProviderClass[] } } }
  const services = exported.default.services ?? exported.default.default?.services
  const Provider = services![0]
  // As Medusa 2.21.2 does: the provider service gets the locking module's options.
  const locking = new Provider({ redisClient: new Redis(url), prefix: "medusa_lock:" }, { ...config.options, ...JSON.parse(extra) })
  await locking.acquire(key, { expire: 120 })
  process.stdout.write("held\n")
  setInterval(() => undefined, 60_000)
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack}\n`)
  process.exit(1)
})
