import { OrderLookup } from "@/features/orders/components/order-lookup"
import { useShop } from "../shop-context"

export function Component() {
  const { locale } = useShop()
  return <OrderLookup locale={locale} />
}
