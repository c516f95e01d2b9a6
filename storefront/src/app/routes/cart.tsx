import { CartPage } from "@/features/cart/components/cart-page"
import { useShop } from "../shop-context"

export function Component() {
  const { region, locale } = useShop()
  return <CartPage regionId={region?.id} locale={locale} />
}
