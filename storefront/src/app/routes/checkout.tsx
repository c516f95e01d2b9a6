import { useNavigate } from "react-router-dom"
import { useCustomer } from "@/features/account/api/get-customer"
import { SignInHint } from "@/features/account/components/sign-in-hint"
import { useCartId } from "@/features/cart/hooks/use-cart-id"
import { forgetCartId } from "@/features/cart/utils/cart-id-storage"
import { CheckoutPage } from "@/features/checkout/components/checkout-page"
import { useShop } from "../shop-context"

export function Component() {
  const { region, locale } = useShop()
  const cartId = useCartId()
  const navigate = useNavigate()
  // A guest asks nothing here (no token, no request); a signed-in buyer gets their address book offered.
  const customerQuery = useCustomer()
  const customer = customerQuery.data
  const checkoutRegion = region
    ? { id: region.id, countries: (region.countries ?? []).map((country) => ({ iso_2: country.iso_2 ?? "", display_name: country.display_name ?? country.iso_2 ?? "" })) }
    : undefined
  return (
    <>
      {customerQuery.isSuccess && !customer && <SignInHint returnTo="/checkout" />}
      <CheckoutPage
        cartId={cartId}
        region={checkoutRegion}
        locale={locale}
        account={customer ? { email: customer.email, addresses: customer.addresses ?? [] } : undefined}
        onOrderPlaced={(orderId) => {
          // The cart became the order: the next "Add to cart" starts a new one.
          forgetCartId()
          navigate(`/order/confirmed/${encodeURIComponent(orderId)}`, { replace: true })
        }}
      />
    </>
  )
}
