/**
 * Orders waiting for their bank transfer, oldest first, with how long they
 * have waited, the reminder and when the job cancels them; "Transfer
 * received" captures the payment (the buyer is emailed, the cooperatives'
 * shares become payable).
 */
import { Badge, Button, createDataTableColumnHelper, Text, toast, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useAwaitingTransfers, useTransferReceived, type AwaitingTransfer } from "../lib/bank-transfer-api"
import { errorMessage } from "../lib/errors"
import { formatDate, formatMoney } from "../lib/format"
import { ListTable } from "./list-table"
import { Section } from "./section"

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

const column = createDataTableColumnHelper<AwaitingTransfer>()

const AWAITING_COLUMNS = [
  column.accessor("reference", {
    header: "Order",
    cell: ({ row: { original: order } }) => (
      <Link to={`/orders/${order.order_id}`} className="text-ui-fg-interactive hover:underline">
        {order.reference}
      </Link>
    ),
  }),
  column.accessor("email", { header: "Buyer", cell: ({ getValue }) => <Text size="small">{getValue() ?? "—"}</Text> }),
  column.accessor("amount_due", {
    header: "Due",
    align: "right",
    cell: ({ row: { original: order } }) => <span className="tabular-nums">{formatMoney(order.amount_due, order.currency_code)}</span>,
  }),
  column.accessor("days_waiting", {
    header: "Waiting",
    align: "right",
    cell: ({ row: { original: order } }) => (
      <Badge size="2xsmall" color={new Date(order.deadline) < new Date() ? "red" : order.reminder_sent_at ? "orange" : "grey"}>
        {order.days_waiting === 1 ? "1 day" : `${order.days_waiting} days`}
      </Badge>
    ),
  }),
  column.accessor("deadline", { header: "Deadline", cell: ({ getValue }) => formatDate(getValue()) }),
  column.accessor("reminder_sent_at", { header: "Reminder", cell: ({ getValue }) => (getValue() ? formatDate(getValue()) : "Not yet") }),
  column.accessor("cancels_at", { header: "Cancelled on", cell: ({ getValue }) => formatDate(getValue()) }),
  column.accessor("order_id", {
    id: "actions",
    header: "",
    align: "right",
    truncateTooltip: false,
    cell: ({ row }) => <ReceivedButton order={row.original} />,
  }),
]

export function AwaitingTransfersSection() {
  const awaiting = useAwaitingTransfers()
  const settings = awaiting.data?.settings
  return (
    <Section
      title="Awaiting transfers"
      description={
        settings
          ? `Buyers get a reminder after ${settings.reminder_days} days; unpaid orders are cancelled after ${settings.cancel_days} days (never before their deadline), and their stock is released.`
          : "Orders paid by bank transfer whose money has not arrived yet."
      }
    >
      <ListTable
        what="the awaiting transfers"
        query={awaiting}
        rows={awaiting.data?.orders}
        columns={AWAITING_COLUMNS}
        rowId={(order) => order.order_id}
        empty={{ heading: "No order is waiting for a transfer." }}
      />
    </Section>
  )
}
