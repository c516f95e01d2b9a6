/**
 * The monthly card report staff match against Stripe's payouts: per currency,
 * the card money captured, refunded, the processor's fees, and what is left,
 * with the orders behind each figure. Pure; amounts in integer minor units.
 */

export interface CardMovement {
  order_id: string | null
  /** The order's number as buyers and staff see it, when known. */
  display_id: number | null
  currency_code: string
  kind: "capture" | "refund" | "fee"
  /** Always ≥ 0: the kind says which way the money went. */
  amount: number
}

export interface CardReportRow {
  order_id: string | null
  display_id: number | null
  currency_code: string
  gross: number
  refunds: number
  fees: number
  /** gross − refunds − fees: what the processor owes CIS for this line. */
  net: number
}

export interface CardReport {
  totals: (Omit<CardReportRow, "order_id" | "display_id"> & { orders: number })[]
  orders: CardReportRow[]
}

/**
 * One row per order and currency, then one total per currency. A fee is
 * reported in the currency the processor charged it in, which is the
 * settlement currency: an order paid in EUR and settled in USD shows its
 * gross on the EUR row and its fee on the USD row, as Stripe's payouts do.
 */
export function cardReport(movements: readonly CardMovement[]): CardReport {
  const rows = new Map<string, CardReportRow>()
  for (const movement of movements) {
    if (!Number.isSafeInteger(movement.amount) || movement.amount < 0) {
      throw new RangeError(`a card ${movement.kind} must be a whole number of minor units ≥ 0, got ${movement.amount}`)
    }
    const key = `${movement.order_id ?? ""}|${movement.currency_code}`
    const row = rows.get(key) ?? {
      order_id: movement.order_id,
      display_id: movement.display_id,
      currency_code: movement.currency_code,
      gross: 0,
      refunds: 0,
      fees: 0,
      net: 0,
    }
    row.display_id ??= movement.display_id
    if (movement.kind === "capture") row.gross += movement.amount
    else if (movement.kind === "refund") row.refunds += movement.amount
    else row.fees += movement.amount
    row.net = row.gross - row.refunds - row.fees
    rows.set(key, row)
  }
  const orders = [...rows.values()].sort(
    (a, b) => a.currency_code.localeCompare(b.currency_code) || (a.display_id ?? 0) - (b.display_id ?? 0) || (a.order_id ?? "").localeCompare(b.order_id ?? "")
  )
  const totals = new Map<string, CardReport["totals"][number]>()
  for (const row of orders) {
    const total = totals.get(row.currency_code) ?? { currency_code: row.currency_code, gross: 0, refunds: 0, fees: 0, net: 0, orders: 0 }
    total.gross += row.gross
    total.refunds += row.refunds
    total.fees += row.fees
    total.net += row.net
    if (row.order_id) total.orders += 1
    totals.set(row.currency_code, total)
  }
  return { totals: [...totals.values()], orders }
}
