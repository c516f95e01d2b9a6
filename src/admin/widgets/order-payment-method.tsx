/**
 * Order page, side column: how the buyer paid, in words. Medusa's own
 * payment section prints the provider id ("Pp_system_default"), which says
 * nothing to staff reconciling bank transfers with card payments.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { paymentMethodName } from "../lib/payment-methods"
import { sdk } from "../lib/sdk"

type PaymentRow = { provider_id: string }

const OrderPaymentMethodWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  // The order page's own copy may not carry the payments' provider; ask for exactly that.
  const payments = useQuery({
    queryKey: ["cis-order-payment-methods", data.id],
    queryFn: async () => {
      const { order } = await sdk.admin.order.retrieve(data.id, { fields: "id,payment_collections.payments.provider_id" })
      return (order.payment_collections ?? []).flatMap((collection) => (collection.payments ?? []) as PaymentRow[])
    },
  })
  const names = [...new Set((payments.data ?? []).map((payment) => paymentMethodName(payment.provider_id)))]
  if (names.length === 0) return null
  return (
    <Container className="flex flex-col gap-y-1 px-6 py-4">
      <Heading level="h2">Paid by</Heading>
      <Text size="small">{names.join(", ")}</Text>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderPaymentMethodWidget
