import { FetchError } from "@medusajs/js-sdk"
import { useQueryClient, type QueryClient } from "@tanstack/react-query"
import { useCallback } from "react"
import { useCartLocale } from "@/lib/i18n"
import { readStored } from "@/lib/local-storage"
import { isNotFoundError } from "@/lib/store-errors"
import { addLineItem } from "../api/add-line-item"
import { createCart } from "../api/create-cart"
import { getCart, type Cart } from "../api/get-cart"
import { cartKeys } from "../api/query-keys"
import { cartLocale, updateCart } from "../api/update-cart"
import { cartChanges } from "../utils/cart-changes"
import { forgetCartId, readCartId, rememberCartId } from "../utils/cart-id-storage"

// Where the regions feature remembers the buyer's choice; read only when no region is passed.
const REGION_ID_KEY = "cis-crafts.region-id"

// Two quick adds with no cart yet must share one new cart, not create two.
let creating: Promise<Cart> | undefined

function startCart(regionId: string | undefined, locale: string): Promise<Cart> {
  creating ??= createCart(regionId, locale)
    .then((cart) => {
      rememberCartId(cart.id)
      return cart
    })
    .finally(() => {
      creating = undefined
    })
  return creating
}

/** Deleted (404) or already turned into an order: either way a new cart is needed. */
function isCartGone(error: unknown): boolean {
  return isNotFoundError(error) || (error instanceof FetchError && error.status === 400 && /already completed/i.test(error.message))
}

/** The buyer's cart, moved first to their region and language if they changed since, so the new line is priced and titled alike. */
async function cartFor(queryClient: QueryClient, regionId: string | undefined, locale: string): Promise<Cart> {
  const cartId = readCartId()
  const cart = cartId ? await queryClient.fetchQuery({ queryKey: cartKeys.detail(cartId), queryFn: () => getCart(cartId) }) : null
  if (!cart) return startCart(regionId, locale)
  const changes = cartChanges({ region_id: cart.region_id, locale: cartLocale(cart) }, regionId, locale)
  return Object.keys(changes).length > 0 ? updateCart(cart.id, changes) : cart
}

/**
 * Adds a variant to the buyer's cart, starting one in `regionId` and the
 * buyer's language when there is none (or the old one expired) and moving the
 * cart to them when the buyer changed either since. Rejects with the store's
 * error, e.g. not enough stock.
 */
export function useAddToCart(regionId?: string): { addToCart: (variantId: string, quantity: number) => Promise<void> } {
  const queryClient = useQueryClient()
  const locale = useCartLocale()
  const addToCart = useCallback(
    async (variantId: string, quantity: number) => {
      const region = regionId ?? readStored(REGION_ID_KEY) ?? undefined
      const cart = await cartFor(queryClient, region, locale)
      let updated: Cart
      try {
        updated = await addLineItem(cart.id, variantId, quantity)
      } catch (error) {
        if (!isCartGone(error)) throw error
        forgetCartId(cart.id)
        updated = await addLineItem((await startCart(region, locale)).id, variantId, quantity)
      }
      // The answer is the cart as it now is: the header's count updates without another request.
      queryClient.setQueryData(cartKeys.detail(updated.id), updated)
    },
    [queryClient, regionId, locale]
  )
  return { addToCart }
}
