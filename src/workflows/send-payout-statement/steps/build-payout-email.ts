import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { storefrontUrl } from "../../../lib/runtime-config"
import type { QueuedEmail } from "../../steps/queue-emails"

type PayoutRow = {
  id: string
  cooperative_id: string
  currency_code: string
  status: string
  amount: number
  paid_at: string | Date | null
  reference: string | null
  method: string | null
  sent_amount: number | null
  sent_currency_code: string | null
}
type EntryRow = {
  id: string
  created_at: string | Date
  order_id: string | null
  product_id: string | null
  cooperative_id: string | null
  account: string
  type: string
  source_line_id: string | null
  amount: number
}

const METHOD_ES: Record<string, string> = { bank_transfer: "transferencia bancaria", cash: "efectivo" }
const TYPE_ES: Record<string, string> = {
  sale: "Venta",
  reversal: "Devolución",
  adjustment: "Ajuste",
  advance: "Anticipo",
  fee: "Comisión",
  payout: "Diferencia de un pago anterior",
}

export const buildPayoutEmailStepId = "build-payout-email"

/**
 * The statement of a paid payout for the cooperative's contact, in Spanish:
 * amount, date, method, reference, and its entries (read through
 * query.graph, whichever module holds the ledger). No contact email: no
 * message (staff see the payout in the dashboard). Read-only.
 */
export const buildPayoutEmailStep = createStep(buildPayoutEmailStepId, async ({ payout_id }: { payout_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payouts } = await query.graph({
    entity: "payout",
    fields: ["id", "cooperative_id", "currency_code", "status", "amount", "paid_at", "reference", "method", "sent_amount", "sent_currency_code"],
    filters: { id: payout_id },
  })
  const payout = payouts[0] as unknown as PayoutRow | undefined
  if (!payout || payout.status !== "paid") return new StepResponse([] as QueuedEmail[])
  const { data: cooperatives } = await query.graph({ entity: "cooperative", fields: ["id", "name", "contact_email"], filters: { id: payout.cooperative_id } })
  const cooperative = cooperatives[0] as unknown as { name: string; contact_email: string | null } | undefined
  if (!cooperative?.contact_email) return new StepResponse([] as QueuedEmail[])

  const { data: entryRows } = await query.graph({ entity: "ledger_entry", fields: ["*"], filters: { payout_id } })
  // Only the cooperative's own side of each movement (the ledger also holds the other side), and not the
  // payout's own row (the money sent, which the email states): what remains is what the payout pays for.
  const entries = (entryRows as unknown as EntryRow[])
    .filter((e) => e.cooperative_id === payout.cooperative_id && e.account === "cooperative")
    .filter((e) => !(e.type === "payout" && e.source_line_id === payout.id))
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
  const orderIds = [...new Set(entries.map((e) => e.order_id).filter((id): id is string => Boolean(id)))]
  const productIds = [...new Set(entries.map((e) => e.product_id).filter((id): id is string => Boolean(id)))]
  const { data: orders } = orderIds.length ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } }) : { data: [] }
  const { data: products } = productIds.length ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } }) : { data: [] }
  const displayId = new Map((orders as unknown as { id: string; display_id: number }[]).map((o) => [o.id, o.display_id]))
  const title = new Map((products as unknown as { id: string; title: string }[]).map((p) => [p.id, p.title]))

  const email: QueuedEmail<"payout-paid"> = {
    to: cooperative.contact_email,
    template: "payout-paid",
    idempotency_key: `payout-paid:${payout.id}`,
    resource_id: payout.id,
    resource_type: "payout",
    trigger_type: "payout.paid",
    data: {
      cooperative_name: cooperative.name,
      currency_code: payout.currency_code,
      amount: payout.amount,
      paid_at: new Date(payout.paid_at ?? Date.now()).toISOString(),
      reference: payout.reference ?? "",
      method: METHOD_ES[payout.method ?? ""] ?? payout.method ?? "",
      sent_amount: payout.sent_amount ?? payout.amount,
      sent_currency_code: payout.sent_currency_code ?? payout.currency_code,
      converted: (payout.sent_currency_code ?? payout.currency_code) !== payout.currency_code || (payout.sent_amount ?? payout.amount) !== payout.amount,
      entries: entries.map((e) => ({
        date: new Date(e.created_at).toISOString(),
        order_display_id: e.order_id ? displayId.get(e.order_id) ?? null : null,
        description: [TYPE_ES[e.type] ?? e.type, e.product_id ? title.get(e.product_id) : null].filter(Boolean).join(": "),
        amount: e.amount,
      })),
      portal_url: `${storefrontUrl(process.env)}/coop`,
    },
  }
  return new StepResponse([email] as QueuedEmail[])
})
