import { forgetCartId } from "@/features/cart/utils/cart-id-storage"
import { clearDraft } from "@/features/checkout/utils/checkout-draft"

/**
 * At sign-out, this device forgets the buyer: the account's cart stays with
 * the account, and the checkout draft (a saved address and the account's
 * email, once picked) must not greet the next person at this computer.
 */
export function forgetBuyerOnThisDevice(): void {
  forgetCartId()
  clearDraft()
}
