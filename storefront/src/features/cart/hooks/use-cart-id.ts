import { useSyncExternalStore } from "react"
import { readCartId, subscribeToCartId } from "../utils/cart-id-storage"

/** The current cart id, or null when the buyer has none yet; re-renders when it changes. */
export function useCartId(): string | null {
  return useSyncExternalStore(subscribeToCartId, readCartId, () => null)
}
