/**
 * The ledger benchmark's measuring half, run by `npm run bench:ledger` inside
 * the app (`medusa exec`) against a scratch database it migrated. Splits
 * BENCH_ORDERS synthetic orders with the ledger's own pure code, writes the
 * entries through the cooperative module until there are BENCH_ENTRIES, then
 * times the queries staff wait on. Prints figures; asserts nothing.
 */
import type { ExecArgs } from "@medusajs/framework/types"
import type { RefundPolicy } from "../lib/cooperative-vocabulary"
import { reversalsOwed, type RecordedRow } from "../lib/reversal-entries"
import { saleEntries, type SaleEntryDraft } from "../lib/sale-entries"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { COOPERATIVES } from "./seed/cooperatives-data"

const CURRENCIES = ["usd", "eur", "cad", "gbp"]

/** A small deterministic generator, so every run measures the same work. */
function prng(seed: number) {
  let state = seed >>> 0
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state % below
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

async function timed<T>(label: string, runs: number, work: () => Promise<T>): Promise<T> {
  const times: number[] = []
  let result!: T
  for (let i = 0; i < runs; i++) {
    const began = performance.now()
    result = await work()
    times.push(performance.now() - began)
  }
  console.log(`  ${label.padEnd(58)} ${median(times).toFixed(1).padStart(8)} ms (median of ${runs})`)
  return result
}

export default async function benchLedger({ container }: ExecArgs) {
  const orders = Number(process.env.BENCH_ORDERS ?? 10_000)
  const targetEntries = Number(process.env.BENCH_ENTRIES ?? 100_000)
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const created = await cooperatives.createCooperatives(
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    COOPERATIVES.map(({ palette, ...seed }) => seed)
  )
  const random = prng(2026)
  const makeOrder = (n: number) => ({
    order_id: `order_bench_${n}`,
    currency_code: CURRENCIES[random(CURRENCIES.length)],
    community_fund_bps: 500,
    created_by: "bench",
    lines: Array.from({ length: 1 + random(4) }, (_, k) => {
      const cooperative = created[random(created.length)]
      return { id: `item_bench_${n}_${k}`, product_id: `prod_bench_${k}`, base: BigInt(500 + random(50_000)), cooperative: { id: cooperative.id, share_bps: cooperative.share_bps } }
    }),
    shipping: [{ id: `ship_bench_${n}`, base: BigInt(1000 + random(3000)) }],
  })

  console.log(`\nLedger benchmark: ${orders} orders split, then ${targetEntries} entries in PostgreSQL\n`)
  const inputs = Array.from({ length: orders }, (_, n) => makeOrder(n))
  let began = performance.now()
  const split = inputs.map((order) => saleEntries(order))
  const splitMs = performance.now() - began
  console.log(`  ${"split " + orders + " orders (pure, largest remainder)".padEnd(52)} ${splitMs.toFixed(1).padStart(8)} ms (${Math.round(orders / (splitMs / 1000))} orders/s)`)

  const policyOf = new Map<string, RefundPolicy>(created.map((c) => [c.id, c.refund_policy as RefundPolicy]))
  began = performance.now()
  for (const rows of split) {
    reversalsOwed({
      order_id: rows[0].order_id,
      rows: rows as unknown as RecordedRow[],
      aftermath: { canceled: true, lines: [], paid: 0n, refunded: 0n },
      policyOf: (id) => policyOf.get(id) ?? "organization_absorbs",
      created_by: "bench",
      reason: "bench",
    })
  }
  const reverseMs = performance.now() - began
  console.log(`  ${"reverse " + orders + " cancelled orders (pure)".padEnd(50)} ${reverseMs.toFixed(1).padStart(8)} ms`)

  const entries: SaleEntryDraft[] = split.flat()
  // Whole orders only, so every line's sale adds up (the ledger checks below would flag a cut one).
  for (let n = orders; entries.length < targetEntries; n++) entries.push(...saleEntries(makeOrder(n)))
  began = performance.now()
  for (let start = 0; start < entries.length; start += 2000) await cooperatives.createLedgerEntries(entries.slice(start, start + 2000))
  const insertMs = performance.now() - began
  console.log(`  ${"write " + entries.length + " entries (module service, 2000 per call)".padEnd(52)} ${insertMs.toFixed(0).padStart(8)} ms (${Math.round(entries.length / (insertMs / 1000))} rows/s)`)

  const one = created[0].id
  await timed("balances of one cooperative (per currency)", 5, () => cooperatives.cooperativeBalances(one))
  await timed("balances of every cooperative (payouts page)", 5, () => cooperatives.allCooperativeBalances())
  await timed("public impact figures", 5, () => cooperatives.impactFigures())
  const now = new Date()
  await timed("monthly summary (this month)", 5, () =>
    cooperatives.monthlySummary({ from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)) })
  )
  const problems = await timed("ledger checks (all six invariants)", 3, () => cooperatives.ledgerProblems())
  console.log(`  ledger checks found ${problems.length} problem(s)${problems.map((p) => ` ${p.rule} (${p.count})`).join(",")}`)
  const [payout] = await cooperatives.createPayouts([{ cooperative_id: one, currency_code: "usd", up_to: new Date(), amount: 0, entry_count: 0, created_by: "bench" }])
  const reserved = await timed("reserve one cooperative's unpaid USD entries for a payout", 1, () =>
    cooperatives.reserveEntriesForPayout({ payout_id: payout.id, cooperative_id: one, currency_code: "usd", up_to: new Date() })
  )
  console.log(`  reserved ${reserved.entry_count} entries`)
  await timed("release them (payout cancelled)", 1, () => cooperatives.releasePayoutEntries(payout.id))
  await timed("list one order's entries (order widget)", 5, () => cooperatives.listLedgerEntries({ order_id: "order_bench_42" }))
  console.log("")
}
