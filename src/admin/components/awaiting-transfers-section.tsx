/**
 * Orders waiting for their bank transfer, oldest first, with how long they
 * have waited, the reminder and when the job cancels them; "Transfer
 * received" captures the payment (the buyer is emailed, the cooperatives'
 * shares become payable).
 */
import { Badge, Button, Container, Heading, Skeleton, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useAwaitingTransfers, useTransferReceived, type AwaitingTransfer } from "../lib/bank-transfer-api"
import { errorMessage } from "../lib/errors"
import { formatDate, formatMoney } from "../lib/format"

/** "Transfer received" for one order, after a confirmation naming the amount. */
export function ReceivedButton({ order }: { order: AwaitingTransfer }) {
  const received = useTransferReceived()
  const prompt = usePrompt()
  const amount = formatMoney(order.amount_due, order.currency_code)
  const confirm = async () => {
    const ok = await prompt({
      title: `Transfer received for ${order.reference}?`,
      description: `Records ${amount} as received and captures the payment. The buyer gets the payment-received email. This cannot be undone here.`,
      confirmText: "Transfer received",
      cancelText: "Cancel",
    })
    if (!ok) return
    try {
      await received.mutateAsync(order.order_id)
      toast.success(`${order.reference}: ${amount} received`)
    } catch (error) {
      toast.error(`Could not record the transfer for ${order.reference}`, { description: errorMessage(error) })
    }
  }
  return (
    <Button size="small" variant="secondary" onClick={() => void confirm()} isLoading={received.isPending}>
      Transfer received
    </Button>
  )
}

export function AwaitingTransfersSection() {
  const awaiting = useAwaitingTransfers()
  const settings = awaiting.data?.settings
  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Awaiting transfers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {settings
            ? `Buyers get a reminder after ${settings.reminder_days} days; unpaid orders are cancelled after ${settings.cancel_days} days (never before their deadline), and their stock is released.`
            : "Orders paid by bank transfer whose money has not arrived yet."}
        </Text>
      </div>
      {awaiting.isPending ? (
        <div className="px-6 py-4">
          <Skeleton className="h-16 w-full" />
        </div>
      ) : awaiting.isError ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load the awaiting transfers: {errorMessage(awaiting.error)}
          </Text>
        </div>
      ) : awaiting.data.orders.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No order is waiting for a transfer.
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Buyer</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Due</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Waiting</Table.HeaderCell>
                <Table.HeaderCell>Deadline</Table.HeaderCell>
                <Table.HeaderCell>Reminder</Table.HeaderCell>
                <Table.HeaderCell>Cancelled on</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {awaiting.data.orders.map((order) => (
                <Table.Row key={order.order_id}>
                  <Table.Cell>
                    <Link to={`/orders/${order.order_id}`} className="text-ui-fg-interactive hover:underline">
                      {order.reference}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small">{order.email ?? "—"}</Text>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatMoney(order.amount_due, order.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    <Badge size="2xsmall" color={new Date(order.deadline) < new Date() ? "red" : order.reminder_sent_at ? "orange" : "grey"}>
                      {order.days_waiting === 1 ? "1 day" : `${order.days_waiting} days`}
                    </Badge>
                  </Table.Cell>
                  <Table.Cell>{formatDate(order.deadline)}</Table.Cell>
                  <Table.Cell>{order.reminder_sent_at ? formatDate(order.reminder_sent_at) : "Not yet"}</Table.Cell>
                  <Table.Cell>{formatDate(order.cancels_at)}</Table.Cell>
                  <Table.Cell className="text-right">
                    <ReceivedButton order={order} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </Container>
  )
}
