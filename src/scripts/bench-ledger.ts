/**
 * The ledger benchmark's measuring half, run by `npm run bench:ledger` inside
 * the app (`medusa exec`) against a scratch database it migrated. Prints
 * figures; asserts nothing.
 * 1. The pure rule: BENCH_ORDERS synthetic orders' books computed and diffed.
 * 2. Real Medusa orders (BENCH_MEDUSA_ORDERS, 10,000 by default) made through
 *    Medusa's own modules (order, payment, links), half of them paid, some
 *    partly refunded; each order's books recorded by the reconcile workflow
 *    (the path every event and the repair job take); then the ledger check
 *    against Medusa over all of them, and the queries staff wait on.
 */
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { booksCorrections } from "../lib/books-diff"
import { orderBooks, type OrderSnapshot } from "../lib/order-books"
import { reconcileOrders } from "../jobs/reconcile-ledger"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"
import { checkLedgerWorkflow } from "../workflows/check-ledger"
import { COOPERATIVES } from "./seed/cooperatives-data"

const CURRENCIES = ["usd", "eur", "cad", "gbp"] as const
const RATES: Record<string, number> = { usd: 0, eur: 19, cad: 5, gbp: 20 }

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
  console.log(`  ${label.padEnd(64)} ${median(times).toFixed(1).padStart(9)} ms${runs > 1 ? ` (median of ${runs})` : ""}`)
  return result
}

function pureBench(orders: number, cooperatives: { id: string; share_bps: number }[]) {
  const random = prng(2026)
  const snapshots: OrderSnapshot[] = Array.from({ length: orders }, (_, n) => {
    const currency = CURRENCIES[random(CURRENCIES.length)]
    const lines = 1 + random(4)
    return {
      order_id: `order_${n}`,
      currency_code: currency,
      canceled: random(20) === 0,
      community_fund_bps: 500,
      items: Array.from({ length: lines }, (_, k) => {
        const net = 500 + random(50_000)
        const coop = cooperatives[random(cooperatives.length)]
        return {
          id: `item_${n}_${k}`,
          product_id: `prod_${k}`,
          net: (net / 100).toFixed(2),
          tax: ((net * RATES[currency]) / 10_000).toFixed(4),
          quantity: 1 + random(3),
          returned_quantity: random(6) === 0 ? 1 : 0,
          cooperative: { id: coop.id, share_bps: coop.share_bps, refund_policy: random(2) ? "chargeback" : "organization_absorbs" },
        }
      }),
      shipping: [{ id: `ship_${n}`, net: "15.00", tax: "0" }],
      captured: random(2) ? "100000" : "0",
      refunded: random(8) === 0 ? "10" : "0",
    }
  })
  let began = performance.now()
  const books = snapshots.map((s) => orderBooks(s))
  const booksMs = performance.now() - began
  const rows = books.reduce((sum, b) => sum + b.length, 0)
  console.log(`  ${`compute ${orders} orders' books (pure, both layers and states)`.padEnd(64)} ${booksMs.toFixed(1).padStart(9)} ms (${Math.round(orders / (booksMs / 1000))} orders/s, ${rows} figures)`)
  began = performance.now()
  for (let i = 0; i < snapshots.length; i++) booksCorrections(snapshots[i].order_id, books[i], [])
  console.log(`  ${`diff them against empty books (what the first event appends)`.padEnd(64)} ${(performance.now() - began).toFixed(1).padStart(9)} ms`)
}

/** Real orders through Medusa's own modules: what the reconcile workflow and the check read. */
async function makeMedusaOrders(container: MedusaContainer, count: number, productIds: string[]) {
  const orderModule = container.resolve(Modules.ORDER)
  const payment = container.resolve(Modules.PAYMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const random = prng(7)
  const ids: string[] = []
  for (let start = 0; start < count; start += 250) {
    const batch = Array.from({ length: Math.min(250, count - start) }, () => {
      const currency = CURRENCIES[random(CURRENCIES.length)]
      const inclusive = currency === "eur" || currency === "gbp"
      return {
        currency_code: currency,
        email: "bench@cis.test",
        status: "pending",
        items: Array.from({ length: 1 + random(4) }, (_, k) => ({
          title: `Craft ${k}`,
          product_id: productIds[random(productIds.length)],
          quantity: 1 + random(3),
          unit_price: (500 + random(9000)) / 100,
          is_tax_inclusive: inclusive,
          tax_lines: RATES[currency] ? [{ rate: RATES[currency], code: "VAT", description: "VAT" }] : [],
        })),
        shipping_methods: [{ name: "Standard", amount: 15, is_tax_inclusive: inclusive, tax_lines: RATES[currency] ? [{ rate: RATES[currency], code: "VAT", description: "VAT" }] : [] }],
      }
    })
    const created = (await orderModule.createOrders(batch as never)) as unknown as { id: string; currency_code: string; total: number }[]
    const withTotals = (await orderModule.listOrders({ id: created.map((o) => o.id) }, { select: ["id", "currency_code", "total"], relations: ["items", "shipping_methods"] })) as unknown as {
      id: string
      currency_code: string
      total: number
    }[]
    const collections = await payment.createPaymentCollections(withTotals.map((o) => ({ currency_code: o.currency_code, amount: o.total })))
    await link.create(withTotals.map((o, i) => ({ [Modules.ORDER]: { order_id: o.id }, [Modules.PAYMENT]: { payment_collection_id: collections[i].id } })))
    // Half are paid (authorized and captured with the manual provider), some of those partly refunded.
    for (let i = 0; i < withTotals.length; i++) {
      if (random(2)) continue
      const session = await payment.createPaymentSession(collections[i].id, { provider_id: "pp_system_default", amount: withTotals[i].total, currency_code: withTotals[i].currency_code, data: {} })
      const paid = await payment.authorizePaymentSession(session.id, {})
      if (!paid) throw new Error(`session ${session.id} was not authorized`)
      await payment.capturePayment({ payment_id: paid.id })
      if (random(5) === 0) await payment.refundPayment({ payment_id: paid.id, amount: 1 })
    }
    ids.push(...withTotals.map((o) => o.id))
  }
  return ids
}

export default async function benchLedger({ container }: ExecArgs) {
  const pureOrders = Number(process.env.BENCH_ORDERS ?? 10_000)
  const medusaOrders = Number(process.env.BENCH_MEDUSA_ORDERS ?? 10_000)
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const created = await cooperatives.createCooperatives(
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    COOPERATIVES.map(({ palette, ...seed }) => seed)
  )

  console.log(`\nLedger benchmark\n\nThe rule alone (src/lib/order-books.ts), ${pureOrders} synthetic orders:`)
  pureBench(pureOrders, created)

  // Products linked to the cooperatives, as the seed links them.
  const product = container.resolve(Modules.PRODUCT)
  const products = await product.createProducts(created.map((c, i) => ({ title: `Bench craft ${i}`, status: "published" as const, options: [{ title: "Size", values: ["One"] }], variants: [{ title: "One", options: { Size: "One" } }] })))
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create(products.map((p, i) => ({ [Modules.PRODUCT]: { product_id: p.id }, [COOPERATIVE_MODULE]: { cooperative_id: created[i].id } })))

  console.log(`\nAgainst Medusa, ${medusaOrders} real orders (order, payment and link modules; half paid, some partly refunded):`)
  const orderIds = await timed(`create ${medusaOrders} orders with their payment collections`, 1, () => makeMedusaOrders(container, medusaOrders, products.map((p) => p.id)))
  const recorded = await timed(`record every order's books (reconcile workflow, one order at a time)`, 1, () => reconcileOrders(container, orderIds, "bench", "bench"))
  console.log(`  recorded ${recorded.written} rows for ${recorded.corrected} of ${recorded.checked} orders (${recorded.failed} failed)`)
  const again = await timed(`run it again: every order already right (the repair job's steady state)`, 1, () => reconcileOrders(container, orderIds, "bench", "bench"))
  console.log(`  wrote ${again.written} rows the second time`)
  const from = new Date(Date.now() - 86_400_000).toISOString()
  const to = new Date(Date.now() + 60_000).toISOString()
  const { result } = await timed(`ledger check against Medusa over all ${medusaOrders} orders`, 1, () => checkLedgerWorkflow(container).run({ input: { from, to } }))
  console.log(`  checked ${result.orders_checked} orders: ${result.problems.length} problems, ${result.disagreements.length} disagreements`)
  const [{ count }] = await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("SELECT count(*)::int AS count FROM ledger_entry").then((r: { rows: { count: number }[] }) => r.rows)
  console.log(`  the ledger holds ${count} rows`)

  console.log(`\nQueries staff wait on, over those rows:`)
  const one = created[0].id
  await timed("balances of one cooperative (per currency)", 5, () => ledger.cooperativeBalances(one))
  await timed("balances of every cooperative (payouts page)", 5, () => ledger.allCooperativeBalances())
  await timed("public impact figures", 5, () => ledger.impactFigures())
  const now = new Date()
  await timed("monthly summary (this month)", 5, () =>
    ledger.monthlySummary({ from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), to: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)) })
  )
  const problems = await timed("the books' own checks (balanced movements, orders, payouts)", 3, () => ledger.ledgerProblems())
  console.log(`  they found ${problems.length} problem(s)${problems.map((p) => ` ${p.rule} (${p.count})`).join(",")}`)
  // The currency in which this cooperative has the most to be paid, so the draft reserves real rows.
  const [richest] = (await ledger.cooperativeBalances(one)).sort((a, b) => b.balance - a.balance)
  const currency = richest?.currency_code ?? "usd"
  const draft = await timed(`a draft payout reserving one cooperative's payable ${currency.toUpperCase()} rows`, 1, () =>
    ledger.openDraftPayout({ cooperative_id: one, currency_code: currency, up_to: new Date(), created_by: "bench" }).catch((e: Error) => ({ payout_id: "", amount: 0, entry_count: 0, error: e.message }))
  )
  console.log(`  reserved ${draft.entry_count} rows (${draft.amount} minor units)${"error" in draft ? `; refused: ${draft.error}` : ""}`)
  if (draft.payout_id) await timed("cancel it (rows freed)", 1, () => ledger.settleDraftPayout({ id: draft.payout_id, to: "cancelled" }))
  await timed("one order's rows (order widget)", 5, () => ledger.listLedgerEntries({ order_id: orderIds[42] }))
  console.log("")
}
