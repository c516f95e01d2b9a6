import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CreateCustomerAddressDTO } from "@medusajs/framework/types"
import { placedBySignedInCustomer } from "../../../lib/placed-by"
import { addressParts, sameAddress, type AddressParts } from "../../../lib/same-address"

export const newCustomerAddressStepId = "new-customer-address"

type OrderRow = {
  customer_id: string | null
  metadata: Record<string, unknown> | null
  shipping_address: AddressParts | null
  customer: { has_account: boolean; addresses: AddressParts[] | null } | null
}

/**
 * The order's shipping address as a new entry of its buyer's address book,
 * when the buyer has an account, placed the order signed in (a guest giving
 * a registered buyer's email gets the order attached to that buyer by Medusa,
 * and must not write into their book) and the book does not have it yet; none
 * otherwise. Reads only, so nothing to undo.
 */
export const newCustomerAddressStep = createStep(newCustomerAddressStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["customer_id", "metadata", "shipping_address.*", "customer.has_account", "customer.addresses.*"],
    filters: { id: order_id },
  })
  const order = data[0] as unknown as OrderRow | undefined
  const address = order?.shipping_address
  if (!order || !placedBySignedInCustomer(order) || !order.customer?.has_account || !address?.address_1) return new StepResponse([] as CreateCustomerAddressDTO[])
  if ((order.customer.addresses ?? []).some((saved) => sameAddress(saved, address))) return new StepResponse([] as CreateCustomerAddressDTO[])
  const isFirst = (order.customer.addresses ?? []).length === 0
  const created: CreateCustomerAddressDTO = {
    customer_id: order.customer_id,
    ...addressParts(address),
    // The first address a buyer ships to becomes the default the next checkout offers first.
    is_default_shipping: isFirst,
    is_default_billing: isFirst,
  } as CreateCustomerAddressDTO
  return new StepResponse([created])
})
