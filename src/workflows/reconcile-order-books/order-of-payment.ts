import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The order a payment belongs to (through its payment collection), or undefined for a payment outside any order. */
export async function orderOfPayment(container: MedusaContainer, paymentId: string): Promise<string | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: paymentId } })
  return (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
}
