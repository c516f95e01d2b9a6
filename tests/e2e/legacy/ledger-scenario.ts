/**
 * Runs INSIDE A CHECKOUT OF THE CODE BEFORE THE DOUBLE-ENTRY LEDGER (copied
 * into its src/scripts by tests/e2e/ledger-upgrade.test.ts, run with
 * `medusa exec`): seeds the demo store and writes books the way that code did,
 * including the faults issue 12 measured: an unpaid transfer order counted as
 * payable and paid out, a payout sent 1.00 short, a one-sided adjustment, and
 * a partly refunded order. It imports only what existed then, so it is
 * type-checked in that tree, not in this one (tsconfig.json excludes tests/e2e/legacy).
 */
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  capturePaymentWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  listShippingOptionsForCartWorkflow,
  refundPaymentWorkflow,
} from "@medusajs/medusa/core-flows"
import seedDemoStore from "./seed"
import { STOREFRONT_SALES_CHANNEL_NAME } from "../lib/storefront-channel"
import { reconcileOrderLedgerWorkflow } from "../workflows/reconcile-order-ledger"
import { createPayoutWorkflow } from "../workflows/create-payout"
import { markPayoutPaidWorkflow } from "../workflows/mark-payout-paid"
import { recordAdjustmentWorkflow } from "../workflows/record-adjustment"

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of another version of the code, read loosely
type Row = Record<string, any>

export default async function legacyLedgerScenario({ container, args }: ExecArgs) {
  await seedDemoStore({ container, args })
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name"] })
  const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "product_id"], filters: { sku: ["SS-SCARF-MAI", "IL-NATIV-S"] } })
  const { data: channels } = await query.graph({ entity: "sales_channel", fields: ["id", "name"] })
  const variant = (sku: string) => (variants as Row[]).find((v) => v.sku === sku)!.id as string
  const region = (name: string) => (regions as Row[]).find((r) => r.name === name)!.id as string
  const channel = (channels as Row[]).find((c) => c.name === STOREFRONT_SALES_CHANNEL_NAME)!.id as string

  async function order(regionName: string, country: string, items: [string, number][], pay: "no" | "capture") {
    const address = { first_name: "Ana", last_name: "Buyer", address_1: "1 Test Street", city: "Testville", postal_code: "10115", country_code: country }
    const { result: cart } = await createCartWorkflow(container).run({
      input: { region_id: region(regionName), sales_channel_id: channel, email: "legacy@cis.test", shipping_address: address, billing_address: address, items: items.map(([sku, quantity]) => ({ variant_id: variant(sku), quantity })) },
    })
    const { result: options } = await listShippingOptionsForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: [{ id: (options as Row[]).sort((a, b) => a.amount - b.amount)[0].id }] } })
    await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
    const { data: carts } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
    await createPaymentSessionsWorkflow(container).run({ input: { payment_collection_id: (carts[0] as Row).payment_collection.id, provider_id: "pp_system_default" } })
    const { result } = await completeCartWorkflow(container).run({ input: { id: cart.id } })
    const orderId = (result as Row).id as string
    // What the old order.placed subscriber did.
    await reconcileOrderLedgerWorkflow(container).run({ input: { order_id: orderId, trigger: "order.placed", reason: "order placed" } })
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "payment_collections.payments.id", "payment_collections.payments.amount"], filters: { id: orderId } })
    const payment = (orders[0] as Row).payment_collections[0].payments[0] as Row
    if (pay === "capture") await capturePaymentWorkflow(container).run({ input: { payment_id: payment.id } })
    return { id: orderId, payment_id: payment.id as string, amount: Number(payment.amount) }
  }

  const unpaid = await order("United States", "us", [["SS-SCARF-MAI", 2], ["IL-NATIV-S", 1]], "no")
  const paid = await order("European Union", "de", [["SS-SCARF-MAI", 1]], "capture")
  const refunded = await order("Canada", "ca", [["IL-NATIV-S", 1]], "capture")
  await refundPaymentWorkflow(container).run({ input: { payment_id: refunded.payment_id, amount: 10 } })
  await reconcileOrderLedgerWorkflow(container).run({ input: { order_id: refunded.id, trigger: "payment.refunded", reason: "refund" } })

  // The scarf's cooperative is paid its USD balance (which counts the unpaid order), 1.00 short.
  const { data: products } = await query.graph({ entity: "product", fields: ["id", "cooperative.id"], filters: { id: (variants as Row[]).map((v) => v.product_id) } })
  const scarfCoop = (products as Row[]).find((p) => p.id === (variants as Row[]).find((v) => v.sku === "SS-SCARF-MAI")!.product_id)!.cooperative.id as string
  const { result: payout } = await createPayoutWorkflow(container).run({ input: { cooperative_id: scarfCoop, currency_code: "usd", up_to: new Date(), created_by: "legacy" } })
  await markPayoutPaidWorkflow(container).run({
    input: { id: payout.id, to: "paid", paid_at: new Date(), reference: "LEGACY-1", method: "bank_transfer", sent_amount: payout.amount - 100, sent_currency_code: "usd" },
  })
  await recordAdjustmentWorkflow(container).run({ input: { cooperative_id: scarfCoop, currency_code: "usd", amount: 123, reason: "legacy one-sided credit", created_by: "legacy" } })

  const ledger = container.resolve("cooperative") as { listLedgerEntries: (f: object, c?: object) => Promise<Row[]> }
  const rows = await ledger.listLedgerEntries({}, { take: null })
  process.stdout.write(`LEGACY ${JSON.stringify({ unpaid, paid, refunded, scarfCoop, payout: { id: payout.id, amount: payout.amount }, rows: rows.length })}\n`)
}
