import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { toMinorUnits } from "@cis/contract/currency"
import { mailLanguage } from "../../../lib/email/render"
import type { MailLine, OrderMailBase, TransferDue } from "../../../lib/email/types"
import { storefrontUrl } from "../../../lib/runtime-config"
import { transferDue } from "../../../lib/transfer-due"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { decimalText, ORDER_TRANSFER_FIELDS, toOrderTransfer, type Amount, type OrderTransfer } from "../../steps/order-transfers"

const minor = (amount: Amount, currency: string) => Number(toMinorUnits(decimalText(amount), currency))

type MailOrderRow = Parameters<typeof toOrderTransfer>[0] & {
  shipping_total: Amount
  tax_total: Amount
  items: { title: string; product_title: string | null; variant_title: string | null; quantity: Amount; total: Amount }[]
}

export interface OrderMailFacts {
  transfer: OrderTransfer
  base: OrderMailBase
  items: MailLine[]
  shipping_total: number
  tax_total: number
}

/** The order as every buyer email needs it: language, number, totals, lines and the storefront link. */
export async function readOrderMailFacts(container: MedusaContainer, orderId: string): Promise<OrderMailFacts> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [...ORDER_TRANSFER_FIELDS, "shipping_total", "tax_total", "items.title", "items.product_title", "items.variant_title", "items.quantity", "items.total"],
    filters: { id: orderId },
  })
  const row = data[0] as unknown as MailOrderRow | undefined
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${orderId} was not found`)
  const transfer = toOrderTransfer(row)
  const currency = row.currency_code
  return {
    transfer,
    base: {
      language: mailLanguage(row.locale),
      display_id: row.display_id,
      currency_code: currency,
      total: transfer.total,
      order_url: `${storefrontUrl(process.env)}/order/confirmed/${encodeURIComponent(row.id)}`,
    },
    items: (row.items ?? []).map((item) => ({
      title: item.product_title ?? item.title,
      variant_title: item.variant_title && item.variant_title !== "Default variant" ? item.variant_title : null,
      quantity: Number(decimalText(item.quantity)),
      total: minor(item.total, currency),
    })),
    shipping_total: minor(row.shipping_total, currency),
    tax_total: minor(row.tax_total, currency),
  }
}

/** What the buyer must still send, with the currency's instructions; null when nothing is awaited. */
export async function readTransferDue(container: MedusaContainer, transfer: OrderTransfer): Promise<TransferDue | null> {
  if (!transfer.awaiting) return null
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const [instructions] = await bank.listTransferInstructions({ currency_code: transfer.currency_code }, { take: 1 })
  if (!instructions) {
    // Checkout refuses the transfer without instructions; reaching here means they were deleted since.
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No bank transfer instructions for ${transfer.currency_code.toUpperCase()}: set them under Settings > Bank transfer`)
  }
  return transferDue(transfer, instructions)
}
