/**
 * What an order's books should hold, worked out from scratch from the order
 * as Medusa has it now. The ledger appends whatever differs (see books-diff),
 * so the books depend on the order's state and never on the order in which
 * its events arrived: a refund before or after its return, an edit before or
 * after a capture, all end in the same rows' sums.
 *
 * The rules (the store's promise to buyers, cooperatives and CIS):
 * - Every line's base is what the buyer was charged for it as Medusa computes
 *   it, net of discounts and tax, rounded once, jointly with every other line,
 *   tax and shipping of the order so that the parts add up to the charged
 *   total and the taxes to the order's tax.
 * - Money is "payable" only once captured, in proportion when partly captured;
 *   the rest of an order's split is "pending". Captured minus refunded lands,
 *   to the minor unit, on cooperatives + community fund + CIS + tax payable.
 * - A return takes back the returned units of its line; a refund pays first
 *   for returned goods (a return and its refund are one loss) and only the
 *   rest is a price reduction spread over what was kept, each line at its own
 *   tax rate. Money held beyond what is owed (a return not refunded yet) is CIS's.
 * - A cancelled order sold nothing: every account of it goes to zero (money
 *   still held, if any, stays with CIS until refunded).
 * - `chargeback` cooperatives bear their part of returns and refunds;
 *   `organization_absorbs` ones keep the share of what they sold (once paid)
 *   and CIS bears the loss.
 * - Rows come in two layers: `sale` is the books as if nothing had gone back
 *   (no return, refund or cancellation), `reversal` is what going back changed,
 *   so "earned" and "reversed" mean what they say in every report.
 * - Every layer and state balances against the clearing account (money
 *   received, or still to be received when pending).
 */
import { allocateByWeights, splitAmount } from "@cis/contract/allocation"
import type { RefundPolicy } from "@cis/contract/cooperative-vocabulary"
import { currencyDigits } from "@cis/contract/currency"
import { allocateExact, mulDivHalfUp, parseExact, roundExact, sumExact } from "./decimal"
import { BPS_WHOLE, cisOperationsBps } from "@cis/contract/split-shares"

export type BooksAccount = "cooperative" | "community_fund" | "cis_operations" | "tax_payable" | "clearing"
export type BooksState = "pending" | "payable"
export type BooksLayer = "sale" | "reversal"
export type BooksSource = "order_item" | "shipping" | "order"

export interface BooksItem {
  id: string
  product_id: string | null
  /** The line at its full ordered quantity, as Medusa computes it: net of discounts, and its tax (exact decimals, major units). */
  net: string
  tax: string
  quantity: number
  /** Units received back (or dismissed as damaged). */
  returned_quantity: number
  /** The cooperative and its share when the line was first recorded; null when no cooperative made it. */
  cooperative: { id: string; share_bps: number; refund_policy: RefundPolicy } | null
}

export interface BooksShipping {
  id: string
  net: string
  tax: string
}

export interface OrderSnapshot {
  order_id: string
  currency_code: string
  canceled: boolean
  community_fund_bps: number
  items: BooksItem[]
  shipping: BooksShipping[]
  /** Sums of the order's captures and refunds (exact decimals, major units). */
  captured: string
  refunded: string
}

export interface BooksRow {
  type: BooksLayer
  state: BooksState
  source: BooksSource
  source_line_id: string
  account: BooksAccount
  cooperative_id: string | null
  product_id: string | null
  amount: bigint
  /** The line's sold net (what its split is a share of); 0 on order-level rows. */
  base_amount: bigint
  share_bps: number
}

interface Component {
  source: "order_item" | "shipping"
  id: string
  product_id: string | null
  net: bigint
  tax: bigint
  gross: bigint
  quantity: number
  returned_quantity: number
  cooperative: BooksItem["cooperative"]
}

/** One layer's figures per component and state, before they become rows. */
interface Parts {
  payable: Map<BooksAccount, bigint>
  pending: Map<BooksAccount, bigint>
}

const ITEM_ACCOUNTS = ["cooperative", "community_fund", "cis_operations"] as const

function add(map: Map<BooksAccount, bigint>, account: BooksAccount, amount: bigint) {
  map.set(account, (map.get(account) ?? 0n) + amount)
}

/**
 * Each line's and shipping method's net and tax in minor units, rounded once
 * for the whole order: the order's total and its tax are rounded, the nets
 * share the total less the tax and the taxes share the tax (largest
 * remainder), so the parts add up to what the buyer was charged and the tax
 * to the tax Medusa shows, whereas rounding each part alone can miss by a unit or two.
 */
function components(order: OrderSnapshot): { list: Component[]; digits: number } {
  const digits = currencyDigits(order.currency_code)
  const parts = [...order.items, ...order.shipping].map((p) => ({ net: parseExact(p.net), tax: parseExact(p.tax) }))
  const total = roundExact(sumExact(parts.flatMap((p) => [p.net, p.tax])), digits)
  const tax = roundExact(sumExact(parts.map((p) => p.tax)), digits)
  const nets = allocateExact(parts.map((p) => p.net), total - tax)
  const taxes = allocateExact(parts.map((p) => p.tax), tax)
  const list: Component[] = order.items.map((item, i) => ({
    source: "order_item",
    id: item.id,
    product_id: item.product_id,
    net: nets[i],
    tax: taxes[i],
    gross: nets[i] + taxes[i],
    quantity: item.quantity,
    returned_quantity: item.returned_quantity,
    cooperative: item.cooperative,
  }))
  order.shipping.forEach((method, j) => {
    const i = order.items.length + j
    list.push({ source: "shipping", id: method.id, product_id: null, net: nets[i], tax: taxes[i], gross: nets[i] + taxes[i], quantity: 1, returned_quantity: 0, cooperative: null })
  })
  return { list, digits }
}

interface Situation {
  canceled: boolean
  returns: boolean
  captured: bigint
  refunded: bigint
}

/**
 * One layer of the books: per component, what each account is owed once paid
 * (entitlement) and how much of it the money held already covers (payable).
 * `absorbed` gives, for organization_absorbs lines, the cooperative's and the
 * fund's parts as sold (from the layer without losses), which they keep.
 */
function layer(
  list: Component[],
  fundBps: number,
  s: Situation,
  absorbed?: Map<string, Parts>
): { parts: Map<string, Parts>; held: bigint } {
  const returned = list.map((c) => {
    if (s.canceled || !s.returns || c.returned_quantity <= 0 || c.quantity <= 0) return 0n
    if (c.returned_quantity >= c.quantity) return c.gross
    return mulDivHalfUp(c.gross, BigInt(c.returned_quantity), BigInt(c.quantity))
  })
  const kept = list.map((c, i) => (s.canceled ? 0n : c.gross - returned[i]))
  const keptTotal = kept.reduce((sum, k) => sum + k, 0n)
  const returnedTotal = returned.reduce((sum, r) => sum + r, 0n)
  // The refund pays for the returned goods first; only the rest lowers the price of what was kept.
  let excess = s.refunded > returnedTotal ? s.refunded - returnedTotal : 0n
  if (excess > keptTotal) excess = keptTotal
  const reduction = keptTotal > 0n ? allocateByWeights(excess, kept) : kept.map(() => 0n)
  const owed = kept.map((k, i) => k - reduction[i])
  const owedTotal = owed.reduce((sum, o) => sum + o, 0n)

  const held = s.captured - s.refunded
  const covered = held < 0n ? 0n : held > owedTotal ? owedTotal : held
  const paid = owedTotal > 0n ? allocateByWeights(covered, owed) : owed.map(() => 0n)

  const parts = new Map<string, Parts>()
  list.forEach((c, i) => {
    const part: Parts = { payable: new Map(), pending: new Map() }
    const taxOwed = c.gross > 0n ? mulDivHalfUp(owed[i], c.tax, c.gross) : 0n
    const taxPaid = c.gross > 0n ? mulDivHalfUp(paid[i], c.tax, c.gross) : 0n
    const netPaid = paid[i] - taxPaid
    const netPending = owed[i] - paid[i] - (taxOwed - taxPaid)
    add(part.payable, "tax_payable", taxPaid)
    add(part.pending, "tax_payable", taxOwed - taxPaid)
    if (c.source === "shipping") {
      add(part.payable, "cis_operations", netPaid)
      add(part.pending, "cis_operations", netPending)
    } else {
      const coopBps = c.cooperative?.share_bps ?? 0
      const keeps = absorbed?.get(c.id)
      if (keeps && !s.canceled && c.cooperative?.refund_policy === "organization_absorbs") {
        // The cooperative and the fund keep what they sold; CIS operations bear the difference.
        for (const [state, net] of [["payable", netPaid], ["pending", netPending]] as const) {
          const coop = keeps[state].get("cooperative") ?? 0n
          const fund = keeps[state].get("community_fund") ?? 0n
          add(part[state], "cooperative", coop)
          add(part[state], "community_fund", fund)
          add(part[state], "cis_operations", net - coop - fund)
        }
      } else {
        const shares = { cooperative_bps: coopBps, community_fund_bps: fundBps }
        for (const [state, net] of [["payable", netPaid], ["pending", netPending]] as const) {
          const split = splitAmount(net, shares)
          for (const account of ITEM_ACCOUNTS) add(part[state], account, split[account])
        }
      }
    }
    parts.set(c.id, part)
  })
  return { parts, held: held - covered }
}

function shareOf(account: BooksAccount, component: Component | undefined, fundBps: number): number {
  if (!component || component.source === "shipping") return account === "cis_operations" || account === "tax_payable" ? BPS_WHOLE : 0
  const coopBps = component.cooperative?.share_bps ?? 0
  if (account === "cooperative") return coopBps
  if (account === "community_fund") return fundBps
  if (account === "cis_operations") return cisOperationsBps(coopBps, fundBps)
  return BPS_WHOLE
}

/** The target rows of an order: every (layer, state, line, account) with what it should add up to. Zero rows are left out. */
export function orderBooks(order: OrderSnapshot): BooksRow[] {
  const { list, digits } = components(order)
  const captured = roundExact(sumExact([parseExact(order.captured)]), digits)
  const refunded = roundExact(sumExact([parseExact(order.refunded)]), digits)
  const fundBps = order.community_fund_bps

  const asSold = layer(list, fundBps, { canceled: false, returns: false, captured, refunded: 0n })
  const actual = layer(list, fundBps, { canceled: order.canceled, returns: true, captured, refunded }, asSold.parts)

  const rows: BooksRow[] = []
  const push = (type: BooksLayer, state: BooksState, component: Component | undefined, lineId: string, account: BooksAccount, amount: bigint) => {
    if (amount === 0n) return
    rows.push({
      type,
      state,
      source: component?.source ?? "order",
      source_line_id: lineId,
      account,
      // Every row of a line names its cooperative, whichever account it is on, so a cooperative's sales can be traced whole.
      cooperative_id: component?.cooperative?.id ?? null,
      product_id: component?.product_id ?? null,
      amount,
      base_amount: component?.net ?? 0n,
      share_bps: shareOf(account, component, fundBps),
    })
  }
  const totals: Record<BooksLayer, Record<BooksState, bigint>> = { sale: { payable: 0n, pending: 0n }, reversal: { payable: 0n, pending: 0n } }
  for (const c of list) {
    const sold = asSold.parts.get(c.id)!
    const now = actual.parts.get(c.id)!
    for (const state of ["payable", "pending"] as const) {
      const accounts = new Set([...sold[state].keys(), ...now[state].keys()])
      for (const account of accounts) {
        const saleAmount = sold[state].get(account) ?? 0n
        const reversalAmount = (now[state].get(account) ?? 0n) - saleAmount
        push("sale", state, c, c.id, account, saleAmount)
        push("reversal", state, c, c.id, account, reversalAmount)
        totals.sale[state] += saleAmount
        totals.reversal[state] += reversalAmount
      }
    }
  }
  // Money held beyond what is owed (a return not yet refunded, an order cancelled before its refund) is CIS's to give back.
  push("sale", "payable", undefined, order.order_id, "cis_operations", asSold.held)
  push("reversal", "payable", undefined, order.order_id, "cis_operations", actual.held - asSold.held)
  totals.sale.payable += asSold.held
  totals.reversal.payable += actual.held - asSold.held
  for (const type of ["sale", "reversal"] as const) {
    for (const state of ["payable", "pending"] as const) push(type, state, undefined, order.order_id, "clearing", -totals[type][state])
  }
  return rows
}

/** The grouping key of a row: rows with the same key are one figure of the books. */
export function booksKey(row: { type: string; state: string; source_line_id: string; account: string; cooperative_id: string | null }): string {
  return `${row.type}|${row.state}|${row.source_line_id}|${row.account}|${row.cooperative_id ?? ""}`
}
