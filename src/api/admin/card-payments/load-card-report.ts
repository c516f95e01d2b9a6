import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cardReport, type CardMovement, type CardReport } from "../../../lib/card-report"
import { toMinorUnits } from "@cis/contract/currency"
import { STRIPE_PROVIDER_ID } from "../../../lib/stripe-config"
import { monthRange } from "../month-params"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

type Raw = { value: string } | null | undefined
type MoneyRow = {
  raw_amount: Raw
  payment?: { provider_id?: string; currency_code?: string; payment_collection?: { order?: { id: string; display_id: number } | null } | null } | null
}

/**
 * A UTC month's card money for staff: Stripe captures and refunds as Medusa
 * recorded them, and the fees the ledger charged to CIS operations. Staff
 * match each currency's net against Stripe's payouts for the month.
 */
export async function loadCardReport(container: MedusaContainer, month: string): Promise<CardReport> {
  const { from, to } = monthRange(month)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fields = ["raw_amount", "payment.provider_id", "payment.currency_code", "payment.payment_collection.order.id", "payment.payment_collection.order.display_id"]
  const within = { created_at: { $gte: from, $lt: to } }
  const [captures, refunds] = await Promise.all([
    query.graph({ entity: "capture", fields, filters: within }),
    query.graph({ entity: "refund", fields, filters: within }),
  ])
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  // A fee is a movement of two rows (CIS operations pay, card fees receive): the CIS side says what it cost.
  const fees = await ledger.listLedgerEntries({ type: "fee", source: "card_payment", account: "cis_operations", created_at: within.created_at }, { take: null })

  const orderNumbers = new Map<string, number>()
  const movements: CardMovement[] = []
  const money = (rows: MoneyRow[], kind: "capture" | "refund") => {
    for (const row of rows) {
      const payment = row.payment
      if (payment?.provider_id !== STRIPE_PROVIDER_ID || !payment.currency_code) continue
      const order = payment.payment_collection?.order ?? null
      if (order) orderNumbers.set(order.id, order.display_id)
      movements.push({
        order_id: order?.id ?? null,
        display_id: order?.display_id ?? null,
        currency_code: payment.currency_code,
        kind,
        amount: Number(toMinorUnits(row.raw_amount?.value ?? "0", payment.currency_code)),
      })
    }
  }
  money(captures.data as MoneyRow[], "capture")
  money(refunds.data as MoneyRow[], "refund")
  for (const fee of fees) {
    movements.push({
      order_id: fee.order_id,
      display_id: fee.order_id ? (orderNumbers.get(fee.order_id) ?? null) : null,
      currency_code: fee.currency_code,
      kind: "fee",
      amount: -Number(fee.amount),
    })
  }
  return cardReport(movements)
}
