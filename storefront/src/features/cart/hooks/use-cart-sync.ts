import { useEffect, useMemo, useRef } from "react"
import { useCartLocale } from "@/lib/i18n"
import type { Cart } from "../api/get-cart"
import { cartLocale, useUpdateCart } from "../api/update-cart"
import { cartChanges } from "../utils/cart-changes"

// The header and the cart page may both follow the buyer; one request per change is enough.
const moving = new Set<string>()

/**
 * Moves the cart to the region and language the buyer picked, in one update
 * (Medusa locks the cart while it refreshes its lines). Each change is tried
 * once per mounted hook; a failure is returned for the page to show with a Retry.
 */
export function useCartSync(cart: Cart | null | undefined, regionId: string | undefined) {
  const locale = useCartLocale()
  const mutation = useUpdateCart()
  const { mutate, mutateAsync } = mutation
  const attempted = useRef<string | undefined>(undefined)
  const cartId = cart?.id
  const cartRegionId = cart?.region_id
  const currentLocale = cart ? cartLocale(cart) : null
  const changes = useMemo(
    () => (cartId ? cartChanges({ region_id: cartRegionId, locale: currentLocale }, regionId, locale) : {}),
    [cartId, cartRegionId, currentLocale, regionId, locale]
  )

  useEffect(() => {
    if (!cartId || Object.keys(changes).length === 0) return
    const key = `${cartId}:${changes.region_id ?? ""}:${changes.locale ?? ""}`
    if (attempted.current === key || moving.has(key)) return
    attempted.current = key
    moving.add(key)
    // The promise settles even if this component unmounts first; the mutation's state carries the error.
    void mutateAsync({ cartId, settings: changes })
      .catch(() => undefined)
      .finally(() => moving.delete(key))
  }, [cartId, changes, mutateAsync])

  const retry = () => {
    if (cartId && Object.keys(changes).length > 0) mutate({ cartId, settings: changes })
  }
  return { syncing: mutation.isPending, error: mutation.isError ? mutation.error : undefined, retry }
}
