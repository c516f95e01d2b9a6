import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinorUnits } from "@cis/contract/currency"
import { cancelAt, unpaidTransferSettings } from "../../../lib/unpaid-transfers"
import type { QueuedEmail } from "../../steps/queue-emails"
import { readOrderMailFacts, readTransferDue } from "./read-order-mail-facts"

export type OrderMessage = "order-placed" | "payment-received" | "transfer-reminder" | "order-shipped" | "order-canceled" | "order-refunded"

export interface BuildOrderEmailInput {
  message: OrderMessage
  order_id?: string
  /** payment-received and order-refunded start from the payment. */
  payment_id?: string
  /** order-shipped starts from the fulfillment. */
  fulfillment_id?: string
}

type Raw = { value: string } | null | undefined
type PaymentRow = {
  id: string
  currency_code: string
  captures?: { raw_amount: Raw }[] | null
  refunds?: { id: string; raw_amount: Raw; created_at: string | Date }[] | null
  payment_collection?: { order?: { id: string } | null } | null
}
const minorOf = (raw: Raw, currency: string) => Number(toMinorUnits(raw?.value ?? "0", currency))

async function readPayment(container: MedusaContainer, paymentId: string): Promise<PaymentRow | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment",
    fields: ["id", "currency_code", "captures.raw_amount", "refunds.id", "refunds.raw_amount", "refunds.created_at", "payment_collection.order.id"],
    filters: { id: paymentId },
  })
  return data[0] as unknown as PaymentRow | undefined
}

export const buildOrderEmailStepId = "build-order-email"

/**
 * Reads what a buyer's email says, at the moment of the event, into the
 * template's data (so a retry later sends the same words). No order, no
 * buyer email or nothing to say: no email. Read-only, so nothing to undo.
 */
export const buildOrderEmailStep = createStep(buildOrderEmailStepId, async (input: BuildOrderEmailInput, { container }) => {
  const none = new StepResponse([] as QueuedEmail[])
  let orderId = input.order_id
  let payment: PaymentRow | undefined
  if (input.payment_id) {
    payment = await readPayment(container, input.payment_id)
    orderId = payment?.payment_collection?.order?.id
  }
  if (input.fulfillment_id) {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "fulfillment", fields: ["id", "order.id"], filters: { id: input.fulfillment_id } })
    orderId = (data[0] as unknown as { order?: { id: string } | null } | undefined)?.order?.id
  }
  if (!orderId) return none
  const facts = await readOrderMailFacts(container, orderId)
  const to = facts.transfer.email
  if (!to) return none
  const common = { to, resource_id: orderId, resource_type: "order" }

  switch (input.message) {
    case "order-placed": {
      const transfer = await readTransferDue(container, facts.transfer)
      const email: QueuedEmail<"order-placed"> = {
        ...common,
        template: "order-placed",
        idempotency_key: `order-placed:${orderId}`,
        trigger_type: "order.placed",
        data: {
          ...facts.base,
          placed_at: facts.transfer.created_at.toISOString(),
          items: facts.items,
          shipping_total: facts.shipping_total,
          tax_total: facts.tax_total,
          transfer,
          card_captured: Boolean(facts.transfer.payment?.captured),
        },
      }
      return new StepResponse([email] as QueuedEmail[])
    }
    case "transfer-reminder": {
      const transfer = await readTransferDue(container, facts.transfer)
      if (!transfer) return none
      const days = Math.round((new Date(transfer.deadline).getTime() - facts.transfer.created_at.getTime()) / 86_400_000)
      const email: QueuedEmail<"transfer-reminder"> = {
        ...common,
        template: "transfer-reminder",
        idempotency_key: `transfer-reminder:${orderId}`,
        trigger_type: "job.unpaid-transfers",
        data: { ...facts.base, transfer, cancel_on: cancelAt(facts.transfer.created_at, days, unpaidTransferSettings(process.env)).toISOString() },
      }
      return new StepResponse([email] as QueuedEmail[])
    }
    case "payment-received": {
      if (!payment) return none
      const captures = payment.captures ?? []
      const amount = captures.reduce((sum, capture) => sum + minorOf(capture.raw_amount, payment!.currency_code), 0)
      const email: QueuedEmail<"payment-received"> = {
        ...common,
        template: "payment-received",
        // One email per capture: a second, partial capture is news too.
        idempotency_key: `payment-received:${payment.id}:${captures.length}`,
        trigger_type: "payment.captured",
        data: { ...facts.base, amount },
      }
      return new StepResponse([email] as QueuedEmail[])
    }
    case "order-refunded": {
      // A cancellation's refund is told in the cancellation email.
      if (!payment || facts.transfer.status === "canceled") return none
      const latest = [...(payment.refunds ?? [])].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()).at(-1)
      if (!latest) return none
      const email: QueuedEmail<"order-refunded"> = {
        ...common,
        template: "order-refunded",
        idempotency_key: `order-refunded:${latest.id}`,
        trigger_type: "payment.refunded",
        data: { ...facts.base, amount: minorOf(latest.raw_amount, payment.currency_code) },
      }
      return new StepResponse([email] as QueuedEmail[])
    }
    case "order-canceled": {
      const paidBefore = facts.transfer.payment
      const refunded = await refundedMinor(container, orderId)
      const email: QueuedEmail<"order-canceled"> = {
        ...common,
        template: "order-canceled",
        idempotency_key: `order-canceled:${orderId}`,
        trigger_type: "order.canceled",
        data: {
          ...facts.base,
          unpaid_transfer: paidBefore?.provider_id === "pp_system_default" && !paidBefore.captured,
          refunded,
        },
      }
      return new StepResponse([email] as QueuedEmail[])
    }
    case "order-shipped": {
      const shipped = await readShipment(container, input.fulfillment_id!)
      const email: QueuedEmail<"order-shipped"> = {
        ...common,
        template: "order-shipped",
        idempotency_key: `order-shipped:${input.fulfillment_id}`,
        trigger_type: "shipment.created",
        data: { ...facts.base, ...shipped },
      }
      return new StepResponse([email] as QueuedEmail[])
    }
  }
})

async function refundedMinor(container: MedusaContainer, orderId: string): Promise<number> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "currency_code", "payment_collections.payments.refunds.raw_amount"],
    filters: { id: orderId },
  })
  const order = data[0] as unknown as { currency_code: string; payment_collections?: { payments?: { refunds?: { raw_amount: Raw }[] | null }[] | null }[] | null }
  return (order.payment_collections ?? [])
    .flatMap((c) => c.payments ?? [])
    .flatMap((p) => p.refunds ?? [])
    .reduce((sum, refund) => sum + minorOf(refund.raw_amount, order.currency_code), 0)
}

/** The parcel's contents and, when the fulfillment has labels, their tracking numbers and links. */
async function readShipment(container: MedusaContainer, fulfillmentId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: ["id", "items.title", "items.quantity", "labels.tracking_number", "labels.tracking_url"],
    filters: { id: fulfillmentId },
  })
  const fulfillment = data[0] as unknown as {
    items?: { title: string; quantity: number | { value: string } }[] | null
    labels?: { tracking_number: string | null; tracking_url: string | null }[] | null
  }
  return {
    items: (fulfillment?.items ?? []).map((item) => ({
      title: item.title,
      quantity: Number(typeof item.quantity === "object" ? item.quantity.value : item.quantity),
    })),
    tracking: (fulfillment?.labels ?? [])
      .filter((label) => label.tracking_number || label.tracking_url)
      .map((label) => ({ number: label.tracking_number || null, url: label.tracking_url || null })),
  }
}
