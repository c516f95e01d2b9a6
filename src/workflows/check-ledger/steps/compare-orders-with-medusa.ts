import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { checkOrderBooks, type BooksDisagreement } from "../../../lib/books-check"
import type { RecordedBooksRow } from "../../../lib/books-diff"
import { currencyDigits, toMinorUnits } from "@cis/contract/currency"
import { parseExact, roundExact } from "../../../lib/decimal"
import { orderBooks } from "../../../lib/order-books"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { frozenTerms, hasPaymentCollection, readOrdersForBooks, toOrderSnapshot, type OrderForBooks } from "../../reconcile-order-books/order-snapshot"

export const compareOrdersWithMedusaStepId = "compare-orders-with-medusa"

/** Orders are read and compared this many at a time, so a long range never holds every order in memory at once. */
const BATCH = 200

type Raw = { value: string } | null | undefined
type WithTax = OrderForBooks & { items: { raw_tax_total?: Raw }[]; shipping_methods: { raw_tax_total?: Raw }[] }

async function compareBatch(container: MedusaContainer, orderIds: string[], fundBps: number): Promise<BooksDisagreement[]> {
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const [{ orders, cooperativeOfProduct, policyOf }, rows] = await Promise.all([
    // Medusa's tax line by line, computed by the order module with the lines it needs: after an order edit, the
    // order-level tax_total that query.graph computes can still be the previous version's. (Asking for an order-level
    // total is what makes the order module compute the lines' totals at all.)
    readOrdersForBooks(container, orderIds, ["tax_total", "items.tax_total", "items.raw_tax_total", "shipping_methods.tax_total", "shipping_methods.raw_tax_total"]),
    ledger.listLedgerEntries({ order_id: orderIds }, { take: null }) as unknown as Promise<(RecordedBooksRow & { order_id: string })[]>,
  ])
  const rowsOf = new Map<string, RecordedBooksRow[]>()
  for (const row of rows) rowsOf.set(row.order_id, [...(rowsOf.get(row.order_id) ?? []), row])
  const policies = await policyOf([...new Set(rows.map((r) => r.cooperative_id).filter((id): id is string => Boolean(id)))])

  const out: BooksDisagreement[] = []
  for (const order of orders as OrderForBooks[]) {
    if (order.is_draft_order) continue
    const recorded = rowsOf.get(order.id) ?? []
    // An orphan of a crash (no payment collection) has no books by rule; the orphan-order job cancels it.
    if (!hasPaymentCollection(order) && recorded.length === 0) continue
    const snapshot = toOrderSnapshot(order, { frozen: frozenTerms(recorded), cooperativeOfProduct, policyOf: policies, community_fund_bps: fundBps })
    // Summed exactly, then rounded once, as the books round it (src/lib/order-books.ts): Medusa can capture fractions
    // of a minor unit (tax-exclusive carts, the manual provider), and rounding each capture alone missed by one unit
    // after an order edit's second capture (found by the lifecycle test, LEDGER_SEED=1324430972).
    const digits = currencyDigits(order.currency_code)
    const captured = roundExact(parseExact(snapshot.captured), digits)
    const refunded = roundExact(parseExact(snapshot.refunded), digits)
    const returned = snapshot.items.some((i) => i.returned_quantity > 0)
    const lines = [...(order as WithTax).items, ...(order as WithTax).shipping_methods]
    const exactTax = lines.reduce((total, x) => MathBN.add(total, x.raw_tax_total?.value ?? "0"), MathBN.convert(0))
    // Medusa's tax is comparable as it stands only while nothing went back (a return lowers it, a refund does not).
    const comparableTax = snapshot.canceled || returned || refunded > 0n ? null : toMinorUnits(exactTax.toFixed(), order.currency_code)
    out.push(
      ...checkOrderBooks(
        {
          order_id: order.id,
          display_id: order.display_id,
          currency_code: order.currency_code,
          canceled: snapshot.canceled,
          captured,
          refunded,
          tax: comparableTax,
          lines: snapshot.items.map((i) => ({ id: i.id, quantity: i.quantity })),
        },
        recorded,
        orderBooks(snapshot)
      )
    )
  }
  return out
}

/** ISO dates: orders placed from `from` (inclusive) to `to` (exclusive). */
export interface CompareOrdersInput {
  from: string
  to: string
}

/**
 * Compares every order placed in the range with its books: captured less
 * refunded, tax, lines and quantities as Medusa has them, and the books as
 * the order's state says they should be. Reads only.
 */
export const compareOrdersWithMedusaStep = createStep(compareOrdersWithMedusaStepId, async (input: CompareOrdersInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const fundBps = await ledger.getCommunityFundBps()
  const { data } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { created_at: { $gte: new Date(input.from), $lt: new Date(input.to) }, is_draft_order: false },
  })
  const ids = (data as { id: string }[]).map((o) => o.id)
  const disagreements: BooksDisagreement[] = []
  for (let start = 0; start < ids.length; start += BATCH) {
    disagreements.push(...(await compareBatch(container, ids.slice(start, start + BATCH), fundBps)))
  }
  return new StepResponse({ orders_checked: ids.length, disagreements })
})
