/**
 * The buyer's cart id, kept across visits. The header's cart link, the cart
 * page and the add-to-cart button all follow it, so a change notifies every
 * subscriber in this tab; other tabs learn of it through the "storage" event.
 */
import { readStored, writeStored } from "@/lib/local-storage"

export const CART_ID_KEY = "cis-crafts.cart-id"

const listeners = new Set<() => void>()

function notify() {
  for (const listener of listeners) listener()
}

export function readCartId(): string | null {
  return readStored(CART_ID_KEY)
}

export function rememberCartId(id: string): void {
  writeStored(CART_ID_KEY, id)
  notify()
}

/**
 * Forgets the cart, or only `id` if given: a late answer about an old cart
 * must not forget the new one created meanwhile.
 */
export function forgetCartId(id?: string): void {
  if (id !== undefined && readCartId() !== id) return
  try {
    window.localStorage.removeItem(CART_ID_KEY)
  } catch {
    // Storage disabled: there was nothing stored to forget.
  }
  notify()
}

export function subscribeToCartId(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === CART_ID_KEY || event.key === null) listener()
  }
  listeners.add(listener)
  window.addEventListener("storage", onStorage)
  return () => {
    listeners.delete(listener)
    window.removeEventListener("storage", onStorage)
  }
}
