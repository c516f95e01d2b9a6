import { useNavigate } from "react-router-dom"
import { useCartId } from "@/features/cart/hooks/use-cart-id"
import { forgetCartId } from "@/features/cart/utils/cart-id-storage"
import { CheckoutReturn } from "@/features/checkout/components/checkout-return"

/** Stripe's return_url: a payment that needed the bank's page comes back here to become an order. */
export function Component() {
  const cartId = useCartId()
  const navigate = useNavigate()
  return (
    <CheckoutReturn
      cartId={cartId}
      onOrderPlaced={(orderId) => {
        forgetCartId()
        navigate(`/order/confirmed/${encodeURIComponent(orderId)}`, { replace: true })
      }}
    />
  )
}
