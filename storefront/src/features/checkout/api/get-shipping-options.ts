import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { checkoutKeys } from "./query-keys"

export async function getShippingOptions(cartId: string) {
  const sdk = await getMedusa()
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId })
  return shipping_options
}

export type ShippingOption = Awaited<ReturnType<typeof getShippingOptions>>[number]

/** A calculated option's price comes with it; a flat one's is its amount. */
export function shippingPrice(option: ShippingOption): number | undefined {
  const amount = option.calculated_price?.calculated_amount ?? option.amount
  return typeof amount === "number" ? amount : undefined
}

/** Waits for the address: Medusa offers the options of the zone the parcel goes to. */
export function useShippingOptions(target: { cartId: string; regionId: string; countryCode: string } | undefined) {
  return useQuery({
    queryKey: target ? checkoutKeys.shippingOptions(target.cartId, target.regionId, target.countryCode) : checkoutKeys.shippingOptionLists(),
    queryFn: target ? () => getShippingOptions(target.cartId) : skipToken,
  })
}
