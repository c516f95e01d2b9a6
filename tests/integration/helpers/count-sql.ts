import path from "node:path"

type Query = (...args: unknown[]) => unknown
type ClientClass = { prototype: { query: Query } }

/**
 * Counts the SQL statements this process sends through every copy of `pg` the
 * app loads (knex's and MikroORM's are separate copies), as
 * scripts/lib/count-sql.cjs does for the bench: the test runner serves the app
 * in the test's own process, so patching the clients here sees its queries.
 */
export function sqlCounter() {
  const texts: string[] = []
  const copies = [require.resolve("pg"), require.resolve("pg", { paths: [path.dirname(require.resolve("@mikro-orm/postgresql"))] })]
  const restore: (() => void)[] = []
  for (const copy of new Set(copies)) {
    // Jest's own require: the app is loaded through jest's module registry, so this is the very copy it uses.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Client = (require(copy) as { Client: ClientClass }).Client
    const query = Client.prototype.query
    Client.prototype.query = function countedQuery(this: unknown, ...args: unknown[]) {
      const first = args[0] as string | { text?: string }
      texts.push((typeof first === "string" ? first : (first?.text ?? String(first))).replace(/\s+/g, " "))
      return query.apply(this, args)
    }
    restore.push(() => (Client.prototype.query = query))
  }
  return {
    texts,
    /** The statements sent while `work` ran. */
    async during<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
      const before = texts.length
      const result = await work()
      return { result, statements: texts.slice(before) }
    },
    restore: () => restore.forEach((undo) => undo()),
  }
}
