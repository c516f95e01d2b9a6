import { useParams } from "react-router-dom"
import { OrderConfirmation } from "@/features/orders/components/order-confirmation"
import { useShop } from "../shop-context"

export function Component() {
  const { id = "" } = useParams()
  const { locale } = useShop()
  return <OrderConfirmation orderId={id} locale={locale} />
}
