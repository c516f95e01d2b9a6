import { useEffect, useRef } from "react"
import type { Cart } from "../api/get-cart"
import { useUpdateCartRegion } from "../api/update-cart-region"

// The header and the cart page may both follow the region; one request per move is enough.
const moving = new Set<string>()

/**
 * Moves the cart to the region the buyer picked in the header, so its prices
 * and currency follow. Each (cart, region) pair is tried once per mounted
 * hook; a failure is returned for the page to show with a Retry.
 */
export function useCartRegionSync(cart: Cart | null | undefined, regionId: string | undefined) {
  const mutation = useUpdateCartRegion()
  const { mutate, mutateAsync } = mutation
  const attempted = useRef<string | undefined>(undefined)
  const cartId = cart?.id
  const cartRegionId = cart?.region_id

  useEffect(() => {
    if (!cartId || !regionId || cartRegionId === regionId) return
    const key = `${cartId}:${regionId}`
    if (attempted.current === key || moving.has(key)) return
    attempted.current = key
    moving.add(key)
    // The promise settles even if this component unmounts first; the mutation's state carries the error.
    void mutateAsync({ cartId, regionId })
      .catch(() => undefined)
      .finally(() => moving.delete(key))
  }, [cartId, cartRegionId, regionId, mutateAsync])

  const retry = () => {
    if (cartId && regionId) mutate({ cartId, regionId })
  }
  return { syncing: mutation.isPending, error: mutation.isError ? mutation.error : undefined, retry }
}
