import { FetchError } from "@medusajs/js-sdk"
import { useQueryClient, type QueryClient } from "@tanstack/react-query"
import { useCallback } from "react"
import { readStored } from "@/lib/local-storage"
import { isNotFoundError } from "@/lib/store-errors"
import { addLineItem } from "../api/add-line-item"
import { createCart } from "../api/create-cart"
import { getCart, type Cart } from "../api/get-cart"
import { cartKeys } from "../api/query-keys"
import { updateCartRegion } from "../api/update-cart-region"
import { forgetCartId, readCartId, rememberCartId } from "../utils/cart-id-storage"

// Where the regions feature remembers the buyer's choice; read only when no region is passed.
const REGION_ID_KEY = "cis-crafts.region-id"

// Two quick adds with no cart yet must share one new cart, not create two.
let creating: Promise<Cart> | undefined

function startCart(regionId: string | undefined): Promise<Cart> {
  creating ??= createCart(regionId)
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

async function cartInRegion(queryClient: QueryClient, regionId: string | undefined): Promise<Cart> {
  const cartId = readCartId()
  const cart = cartId ? await queryClient.fetchQuery({ queryKey: cartKeys.detail(cartId), queryFn: () => getCart(cartId) }) : null
  if (!cart) return startCart(regionId)
  if (!regionId || cart.region_id === regionId) return cart
  return updateCartRegion(cart.id, regionId)
}

/**
 * Adds a variant to the buyer's cart, starting one in `regionId` when there is
 * none (or the old one expired) and moving the cart to `regionId` when the
 * buyer changed region since. Rejects with the store's error, e.g. not enough stock.
 */
export function useAddToCart(regionId?: string): { addToCart: (variantId: string, quantity: number) => Promise<void> } {
  const queryClient = useQueryClient()
  const addToCart = useCallback(
    async (variantId: string, quantity: number) => {
      const region = regionId ?? readStored(REGION_ID_KEY) ?? undefined
      const cart = await cartInRegion(queryClient, region)
      let updated: Cart
      try {
        updated = await addLineItem(cart.id, variantId, quantity)
      } catch (error) {
        if (!isCartGone(error)) throw error
        forgetCartId(cart.id)
        updated = await addLineItem((await startCart(region)).id, variantId, quantity)
      }
      // The answer is the cart as it now is: the header's count updates without another request.
      queryClient.setQueryData(cartKeys.detail(updated.id), updated)
    },
    [queryClient, regionId]
  )
  return { addToCart }
}
