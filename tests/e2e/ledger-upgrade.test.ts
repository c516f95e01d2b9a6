/**
 * A database written by the code before the double-entry ledger (the last
 * landed commit before it, checked out beside this tree) is upgraded in place
 * by today's `medusa db:migrate`, as `npm start` runs it: the tables stay,
 * every old row keeps its id and amount, and appended rows bring the books to
 * the new rules, which the ledger check then proves against Medusa.
 */
import { spawnSync } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { testDatabaseCandidate, testDatabaseUrl } from "../../scripts/lib/decisions"
import { ensureDatabase, withClient } from "../../scripts/lib/postgres"

jest.setTimeout(10 * 60_000)

const ROOT = path.resolve(__dirname, "../..")
/** The last commit of main before the ledger became its own double-entry module. */
const BEFORE_DOUBLE_ENTRY = "cf77e9b"
const MEDUSA = path.join(ROOT, "node_modules/.bin/medusa")

type Row = { id: string; account: string; state: string; type: string; amount: number; cooperative_id: string | null; order_id: string | null; transaction_id: string | null; reason: string | null }

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): string {
  const result = spawnSync(MEDUSA, args, { cwd, env, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`
  if (result.status !== 0) throw new Error(`medusa ${args.join(" ")} in ${cwd} failed (${result.status}):\n${output.slice(-4000)}`)
  return output
}

function marked<T>(output: string, marker: string): T {
  const line = output.split("\n").find((l) => l.startsWith(`${marker} `))
  if (!line) throw new Error(`no ${marker} line in:\n${output.slice(-3000)}`)
  return JSON.parse(line.slice(marker.length + 1)) as T
}

describe("upgrading a store written by the code before the double-entry ledger", () => {
  const db = testDatabaseCandidate(process.env)
  const name = `cis_upgrade_${process.pid}`
  const url = testDatabaseUrl(db, name)
  const oldTree = fs.mkdtempSync(path.join(os.tmpdir(), "cis-before-ledger-"))

  afterAll(async () => {
    spawnSync("git", ["worktree", "remove", "--force", oldTree], { cwd: ROOT })
    fs.rmSync(oldTree, { recursive: true, force: true })
    await withClient(testDatabaseUrl(db), (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)).catch(() => undefined)
  })

  it("keeps every old row, appends what the new rules need, and the books then agree with Medusa", async () => {
    const exists = spawnSync("git", ["cat-file", "-e", `${BEFORE_DOUBLE_ENTRY}^{commit}`], { cwd: ROOT })
    if (exists.status !== 0) throw new Error(`commit ${BEFORE_DOUBLE_ENTRY} is not in this clone (a shallow clone?): the upgrade cannot be replayed`)
    fs.rmSync(oldTree, { recursive: true, force: true })
    const added = spawnSync("git", ["worktree", "add", "--detach", oldTree, BEFORE_DOUBLE_ENTRY], { cwd: ROOT, encoding: "utf8" })
    if (added.status !== 0) throw new Error(added.stderr)
    fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(oldTree, "node_modules"))
    fs.copyFileSync(path.join(__dirname, "legacy/ledger-scenario.ts"), path.join(oldTree, "src/scripts/legacy-ledger-scenario.ts"))
    await withClient(testDatabaseUrl(db), (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`))
    await ensureDatabase(url)

    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, DISABLE_MEDUSA_ADMIN: "true", NODE_ENV: "development" }
    for (const key of ["DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "NODE_OPTIONS", "REDIS_URL"]) delete env[key]

    // Yesterday's store: its migrations, its seed, and its books (with the faults issue 12 measured).
    run(["db:migrate"], oldTree, env)
    const legacy = marked<{ unpaid: { id: string }; paid: { id: string }; refunded: { id: string }; scarfCoop: string; payout: { id: string; amount: number }; rows: number }>(
      run(["exec", "./src/scripts/legacy-ledger-scenario.ts"], oldTree, env),
      "LEGACY"
    )
    const before = await withClient(url, async (client) => (await client.query("SELECT id, amount FROM ledger_entry ORDER BY id")).rows as { id: string; amount: number }[])
    expect(before).toHaveLength(legacy.rows)

    // Today's code, as `npm start` runs it: migrations, then Medusa's migration scripts (the upgrade).
    const migrated = run(["db:migrate"], ROOT, env)
    expect(migrated).toContain("Ledger upgraded to double entry")
    const report = marked<{ check: { ok: boolean; problems: unknown[]; disagreements: unknown[]; orders_checked: number }; balances: Record<string, number | string>[]; rows: Row[] }>(
      run(["exec", "./tests/e2e/support/ledger-upgrade-report.ts"], ROOT, env),
      "UPGRADED"
    )
    expect(report.check.problems).toEqual([])
    expect(report.check.disagreements).toEqual([])
    expect(report.check.orders_checked).toBe(3)

    // Nothing old was edited or deleted.
    const now = new Map(report.rows.map((r) => [r.id, r]))
    for (const row of before) expect(now.get(row.id)?.amount).toBe(row.amount)
    expect(report.rows.length).toBeGreaterThan(before.length)

    const rows = (pick: (r: Row) => boolean) => report.rows.filter(pick)
    const sum = (list: Row[]) => list.reduce((s, r) => s + r.amount, 0)
    // The unpaid transfer order: its shares are pending now, not payable.
    const unpaidCoop = rows((r) => r.order_id === legacy.unpaid.id && r.account === "cooperative")
    expect(sum(unpaidCoop.filter((r) => r.state === "payable"))).toBe(0)
    expect(sum(unpaidCoop.filter((r) => r.state === "pending"))).toBeGreaterThan(0)
    // The one-sided adjustment got its counter-entry; the short payout its movement and its 1.00 carried.
    const adjustment = rows((r) => r.type === "adjustment" && r.reason === "legacy one-sided credit")[0]
    expect(rows((r) => r.type === "adjustment" && r.account === "cis_operations" && (r as Row & { source_line_id?: string }).source_line_id === adjustment.id)).toHaveLength(1)
    expect(rows((r) => r.type === "payout" && r.account === "cooperative").map((r) => r.amount).sort((a, b) => a - b)).toEqual([-legacy.payout.amount, 100])
    // What the scarf's cooperative is owed in USD now: the 1.00 not sent and the 1.23 credit, less what it was paid for the unpaid order.
    const scarfUsd = report.balances.find((b) => b.cooperative_id === legacy.scarfCoop && b.currency_code === "usd")!
    const paidForUnpaid = sum(unpaidCoop.filter((r) => r.cooperative_id === legacy.scarfCoop && r.state === "pending"))
    expect(scarfUsd.balance).toBe(100 + 123 - paidForUnpaid)
    expect(scarfUsd.pending).toBe(paidForUnpaid)

    // A second migrate changes nothing (the upgrade ran once; a re-run would find nothing to do).
    run(["db:migrate"], ROOT, env)
    const after = await withClient(url, async (client) => (await client.query("SELECT count(*)::int AS n FROM ledger_entry")).rows[0].n as number)
    expect(after).toBe(report.rows.length)
  })
})
