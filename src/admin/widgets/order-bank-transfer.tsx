/**
 * Order page, side column: while the order waits for its bank transfer,
 * what is due, since when, the deadline and when it will be cancelled, with
 * "Transfer received". Shows nothing for orders not waiting for one.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { ReceivedButton } from "../components/awaiting-transfers-section"
import { useAwaitingTransfers } from "../lib/bank-transfer-api"
import { formatDate, formatMoney } from "../lib/format"

const OrderBankTransferWidget = ({ data }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const awaiting = useAwaitingTransfers()
  const order = awaiting.data?.orders.find((o) => o.order_id === data.id)
  if (!order) return null
  return (
    <Container className="flex flex-col gap-y-2 px-6 py-4">
      <Heading level="h2">Awaiting bank transfer</Heading>
      <Text size="small">
        {formatMoney(order.amount_due, order.currency_code)} with reference {order.reference}, waiting {order.days_waiting}{" "}
        {order.days_waiting === 1 ? "day" : "days"}.
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        Deadline {formatDate(order.deadline)}; reminder {order.reminder_sent_at ? `sent ${formatDate(order.reminder_sent_at)}` : "not sent yet"};
        cancelled on {formatDate(order.cancels_at)} if still unpaid.
      </Text>
      <div>
        <ReceivedButton order={order} />
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderBankTransferWidget
