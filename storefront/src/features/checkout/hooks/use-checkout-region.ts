import { useEffect, useRef } from "react"
import type { CheckoutCart } from "../api/get-checkout-cart"
import { useUpdateCheckoutCart } from "../api/update-checkout-cart"

/**
 * Moves the cart to the region picked in the header, so the currency, taxes,
 * countries and delivery options all follow. Each (cart, region) pair is tried once.
 */
export function useCheckoutRegion(cart: CheckoutCart, regionId: string) {
  const update = useUpdateCheckoutCart(cart.id)
  const { mutate } = update
  const attempted = useRef<string | undefined>(undefined)

  useEffect(() => {
    if (cart.region_id === regionId) return
    const key = `${cart.id}:${regionId}`
    if (attempted.current === key) return
    attempted.current = key
    mutate({ region_id: regionId })
  }, [cart.id, cart.region_id, regionId, mutate])

  return {
    moving: update.isPending || cart.region_id !== regionId,
    retrying: update.isPending,
    error: update.isError ? update.error : undefined,
    retry: () => mutate({ region_id: regionId }),
  }
}
