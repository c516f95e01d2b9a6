/**
 * "Create payout" for one cooperative and currency: a draft that reserves its
 * unpaid entries, optionally only those recorded up to a chosen day (e.g. the
 * end of last month, so this month's sales wait for the next payout).
 */
import { Button, Drawer, Input, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage } from "../lib/errors"
import { countOf, endOfDayIso, formatDate, formatMoney, isDateInput, todayInput } from "../lib/format"
import { useCreatePayout, type CooperativeBalance } from "../lib/ledger-api"
import { FormField } from "./form-field"

export function CreatePayoutDrawer({ balance }: { balance: CooperativeBalance }) {
  const [open, setOpen] = useState(false)
  const [upTo, setUpTo] = useState("")
  const [error, setError] = useState<string | undefined>()
  const create = useCreatePayout()
  const currency = balance.currency_code.toUpperCase()
  const inputId = `create-payout-up-to-${balance.cooperative_id}-${balance.currency_code}`

  const openChange = (next: boolean) => {
    if (next) {
      setUpTo("")
      setError(undefined)
    }
    setOpen(next)
  }

  const submit = async () => {
    const day = upTo.trim()
    if (day && (!isDateInput(day) || day > todayInput())) {
      setError("A past or today's date, or leave it empty for everything unpaid")
      return
    }
    try {
      const { payout } = await create.mutateAsync({
        cooperative_id: balance.cooperative_id,
        currency_code: balance.currency_code,
        ...(day ? { up_to: endOfDayIso(day) } : {}),
      })
      toast.success(`Draft payout created for ${balance.cooperative_name}`, {
        description: `${formatMoney(payout.amount, payout.currency_code)} from ${countOf(payout.entry_count, "ledger entry", "ledger entries")}`,
      })
      setOpen(false)
    } catch (err) {
      // The drawer stays open: staff may pick another date and try again.
      toast.error("Could not create the payout", { description: errorMessage(err) })
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Create payout
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          noValidate
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>
              Payout to {balance.cooperative_name} in {currency}
            </Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              A draft reserves the payable, unpaid entries (advances not netted yet included), so they cannot be paid twice. Nothing is sent until you mark it paid;
              cancelling frees them again.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small">
              Payable and unpaid now: <span className="font-medium">{formatMoney(balance.balance, balance.currency_code)}</span>
              {balance.oldest_unpaid_at && <> (oldest entry {formatDate(balance.oldest_unpaid_at)})</>}
            </Text>
            {balance.pending !== 0 && (
              <Text size="small" className="text-ui-fg-subtle">
                {formatMoney(balance.pending, balance.currency_code)} more waits for buyers' payment: it joins a payout only
                once the money is captured.
              </Text>
            )}
            {balance.balance <= 0 && (
              <Text size="small" className="text-ui-fg-error">
                Nothing to pay now: the payable entries add up to zero or less.
              </Text>
            )}
            <FormField
              label="Entries recorded up to"
              htmlFor={inputId}
              optional
              error={error}
              hint="Includes the whole chosen day. Leave empty to include every unpaid entry until now."
            >
              <Input
                id={inputId}
                type="date"
                max={todayInput()}
                value={upTo}
                aria-invalid={Boolean(error) || undefined}
                onChange={(event) => {
                  setUpTo(event.target.value)
                  setError(undefined)
                }}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Create draft payout
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
