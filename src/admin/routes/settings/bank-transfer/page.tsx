/**
 * Settings → Bank transfer: where buyers send their money, per currency.
 * A currency the regions sell in without details cannot be paid by
 * transfer (checkout says so), and the seed's example details must be
 * replaced before real buyers pay: both are warned about here.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Alert, Badge, Button, Table, Text, toast, usePrompt } from "@medusajs/ui"
import { SettingsPage } from "../../../components/settings-page"
import { TransferInstructionsDrawer } from "../../../components/transfer-instructions-drawer"
import { useDeleteInstructions, useTransferInstructions, type TransferCurrency, type TransferInstructions } from "../../../lib/bank-transfer-api"
import { errorMessage } from "../../../lib/errors"

function Status({ currency }: { currency: TransferCurrency }) {
  if (!currency.has_instructions) return <Badge color="red" size="2xsmall">Missing: transfer not offered</Badge>
  if (currency.is_example) return <Badge color="orange" size="2xsmall">Example details</Badge>
  return <Badge color="green" size="2xsmall">Set</Badge>
}

function Row({ currency, saved }: { currency: TransferCurrency; saved: TransferInstructions | undefined }) {
  const remove = useDeleteInstructions()
  const prompt = usePrompt()
  const code = currency.currency_code.toUpperCase()
  const confirmRemove = async () => {
    const ok = await prompt({
      title: `Remove the bank details for ${code}?`,
      description: `Checkout stops offering the bank transfer to buyers paying in ${code}. Orders already placed keep the details they were given.`,
      confirmText: "Remove",
      cancelText: "Keep",
    })
    if (!ok) return
    try {
      await remove.mutateAsync(currency.currency_code)
      toast.success(`Bank details for ${code} removed`)
    } catch (error) {
      toast.error(`Could not remove the bank details for ${code}`, { description: errorMessage(error) })
    }
  }
  return (
    <Table.Row>
      <Table.Cell className="font-medium">{code}</Table.Cell>
      <Table.Cell>
        <Text size="small">{currency.region_names.join(", ") || "No region sells in it"}</Text>
      </Table.Cell>
      <Table.Cell>
        <Status currency={currency} />
      </Table.Cell>
      <Table.Cell>
        <Text size="small">{saved ? `${saved.beneficiary} · ${saved.bank_name}` : "—"}</Text>
        {saved && (
          <Text size="xsmall" className="text-ui-fg-subtle font-mono">
            {[saved.iban, saved.account_number, saved.swift_bic, saved.aba_routing && `ABA ${saved.aba_routing}`].filter(Boolean).join(" · ")}
          </Text>
        )}
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{saved ? `${saved.days_to_pay} days` : "—"}</Table.Cell>
      <Table.Cell>
        <div className="flex justify-end gap-x-2">
          <TransferInstructionsDrawer currency={currency.currency_code} saved={saved} />
          {saved && (
            <Button size="small" variant="transparent" onClick={() => void confirmRemove()} isLoading={remove.isPending}>
              Remove
            </Button>
          )}
        </div>
      </Table.Cell>
    </Table.Row>
  )
}

/** What staff must fix before buyers can pay by transfer: currencies without details, and the demo's example details. */
function Warnings({ currencies }: { currencies: TransferCurrency[] }) {
  const missing = currencies.filter((c) => !c.has_instructions && c.region_names.length > 0)
  const examples = currencies.filter((c) => c.is_example)
  if (missing.length === 0 && examples.length === 0) return null
  return (
    <div className="flex flex-col gap-y-2 px-6 py-4">
      {missing.length > 0 && (
        <Alert variant="error">
          No bank details for {missing.map((c) => c.currency_code.toUpperCase()).join(", ")}: buyers in{" "}
          {missing.flatMap((c) => c.region_names).join(", ")} cannot pay by bank transfer.
        </Alert>
      )}
      {examples.length > 0 && (
        <Alert variant="warning">
          {examples.map((c) => c.currency_code.toUpperCase()).join(", ")}: these are the demo's example details, not a real
          account. Replace them before taking real orders.
        </Alert>
      )}
    </div>
  )
}

const BankTransferSettingsPage = () => {
  const data = useTransferInstructions()
  return (
    <SettingsPage
      title="Bank transfer"
      description="The bank details buyers get, per currency, with the exact amount, their order number as the reference and the deadline: on the confirmation page, in order lookup and in the confirmation email."
      query={data}
      what="the bank details"
    >
      {({ currencies, instructions }) => (
        <>
          <Warnings currencies={currencies} />
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Currency</Table.HeaderCell>
                  <Table.HeaderCell>Regions</Table.HeaderCell>
                  <Table.HeaderCell>Status</Table.HeaderCell>
                  <Table.HeaderCell>Account</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Days to pay</Table.HeaderCell>
                  <Table.HeaderCell />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {currencies.map((currency) => (
                  <Row
                    key={currency.currency_code}
                    currency={currency}
                    saved={instructions.find((i) => i.currency_code === currency.currency_code)}
                  />
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
    </SettingsPage>
  )
}

export const config = defineRouteConfig({ label: "Bank transfer", icon: BuildingStorefront })

export const handle = { breadcrumb: () => "Bank transfer" }

export default BankTransferSettingsPage
