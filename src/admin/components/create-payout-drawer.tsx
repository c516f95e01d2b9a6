/**
 * "Create payout" for one cooperative and currency: a draft that reserves its
 * unpaid entries, optionally only those recorded up to a chosen day (e.g. the
 * end of last month, so this month's sales wait for the next payout).
 */
import { Text, toast } from "@medusajs/ui"
import { contractCheck } from "../lib/contract-form"
import { countOf, formatDate, formatMoney, todayInput } from "../lib/format"
import { useCreatePayout, type CooperativeBalance } from "../lib/ledger-api"
import { createPayoutRules, initialCreatePayoutValues, toCreatePayoutBody, type CreatePayoutValues } from "../lib/payout-form"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { TextField } from "./form-inputs"

const check = contractCheck(createPayoutRules)

export function CreatePayoutDrawer({ balance }: { balance: CooperativeBalance }) {
  const contract = useContractForm(check, () => initialCreatePayoutValues(balance))
  const field = contract.fields(`create-payout-${balance.cooperative_id}-${balance.currency_code}`)
  const create = useCreatePayout()
  const currency = balance.currency_code.toUpperCase()

  const save = async (checked: CreatePayoutValues) => {
    const { payout } = await create.mutateAsync(toCreatePayoutBody(checked))
    toast.success(`Draft payout created for ${balance.cooperative_name}`, {
      description: `${formatMoney(payout.amount, payout.currency_code)} from ${countOf(payout.entry_count, "ledger entry", "ledger entries")}`,
    })
  }

  // A refusal keeps the drawer open: staff may pick another date and try again.
  return (
    <FormDrawer
      contract={contract}
      save={save}
      failureTitle="Could not create the payout"
      triggerLabel="Create payout"
      title={
        <>
          Payout to {balance.cooperative_name} in {currency}
        </>
      }
      description={
        <>
          A draft reserves the payable, unpaid entries (advances not netted yet included), so they cannot be paid twice.
          Nothing is sent until you mark it paid; cancelling frees them again.
        </>
      }
      submitLabel="Create draft payout"
      pending={create.isPending}
    >
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
      <TextField
        {...field("up_to", "Entries recorded up to")}
        hint="Includes the whole chosen day. Leave empty to include every unpaid entry until now."
        optional
        type="date"
        max={todayInput()}
      />
    </FormDrawer>
  )
}
