/**
 * Proposes which awaiting order an incoming transfer pays. Buyers are asked
 * to quote "CIS-1042"; banks and buyers mangle it into "#1042", "Pedido 1042"
 * or a bare 1042 somewhere in the description. A match needs the order's
 * number in the text and its currency; the amount then says whether the
 * transfer pays it exactly, too little or too much. Staff confirm every
 * proposal before money is counted as received. Pure.
 */
import type { StatementLineStatus } from "./statement-vocabulary"

export interface AwaitingOrder {
  order_id: string
  display_id: number
  currency_code: string
  /** What is still owed, in minor units. */
  amount_due: number
  payment_id: string
}

export interface IncomingCredit {
  amount: number
  currency_code: string
  description: string
}

export interface MatchProposal {
  status: Exclude<StatementLineStatus, "confirmed">
  order_id: string | null
  order_display_id: number | null
  expected_amount: number | null
  payment_id: string | null
  note: string | null
}

// "CIS-1042", "CIS 1042", "#1042", "order 1042", "pedido nº 1042": the buyer meant an order number.
const NAMED = /(?:\bCIS[\s-]*|#\s*|\b(?:order|pedido|orden|bestellung)\s*(?:no\.?|n[º°o]\.?|#)?\s*)(\d{1,9})\b/gi
const BARE = /\b(\d{1,9})\b/g

/** The numbers the text names as orders; if it names none that way, every standalone number in it. */
export function orderNumbersIn(text: string): number[] {
  const named = [...text.matchAll(NAMED)].map((match) => Number(match[1]))
  const numbers = named.length > 0 ? named : [...text.matchAll(BARE)].map((match) => Number(match[1]))
  return [...new Set(numbers)]
}

const none = (note: string): MatchProposal => ({ status: "unmatched", order_id: null, order_display_id: null, expected_amount: null, payment_id: null, note })

/**
 * The proposal for one credit. `claimed` holds orders an earlier line of the
 * same import already pays, so a buyer who paid twice is flagged, not
 * proposed twice.
 */
export function proposeMatch(
  credit: IncomingCredit,
  awaiting: readonly AwaitingOrder[],
  format: (minor: number, currency: string) => string,
  claimed: ReadonlySet<string> = new Set()
): MatchProposal {
  const numbers = new Set(orderNumbersIn(credit.description))
  if (numbers.size === 0) return none("The description names no order number.")
  const named = awaiting.filter((order) => numbers.has(order.display_id))
  const sameCurrency = named.filter((order) => order.currency_code === credit.currency_code)
  if (sameCurrency.length === 0) {
    const other = named[0]
    return none(
      other
        ? `Names order #${other.display_id}, which is due in ${other.currency_code.toUpperCase()}, not ${credit.currency_code.toUpperCase()}.`
        : `Names no order awaiting a transfer (${[...numbers].map((n) => `#${n}`).join(", ")}).`
    )
  }
  const free = sameCurrency.filter((order) => !claimed.has(order.order_id))
  if (free.length === 0) return none(`Order #${sameCurrency[0]!.display_id} is already matched by another statement line.`)
  // Several orders named: the one whose amount is exact wins; otherwise staff decide.
  const exact = free.filter((order) => order.amount_due === credit.amount)
  const order = free.length === 1 ? free[0]! : exact.length === 1 ? exact[0]! : undefined
  if (!order) return none(`Names several awaiting orders: ${free.map((o) => `#${o.display_id}`).join(", ")}.`)
  const matched = { order_id: order.order_id, order_display_id: order.display_id, expected_amount: order.amount_due, payment_id: order.payment_id }
  const difference = credit.amount - order.amount_due
  if (difference === 0) return { status: "proposed", ...matched, note: null }
  if (difference < 0) {
    return { status: "partial", ...matched, note: `Pays ${format(-difference, credit.currency_code)} less than order #${order.display_id} owes.` }
  }
  return { status: "over", ...matched, note: `Pays ${format(difference, credit.currency_code)} more than order #${order.display_id} owes.` }
}
