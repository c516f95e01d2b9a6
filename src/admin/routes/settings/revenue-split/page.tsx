/**
 * Settings → Revenue split: the store-wide community development fund share.
 * Each sale's net item revenue splits three ways: the cooperative's own share
 * (set per cooperative), this fund share, and CIS operations, which keep the
 * remainder. The page shows that remainder for the cooperatives at both ends.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ChartPie } from "@medusajs/icons"
import { Alert, Button, Heading, Input, Skeleton, Table, Text, toast } from "@medusajs/ui"
import { CooperativeLink } from "../../../components/cooperative-link"
import { FormField } from "../../../components/form-field"
import { FirstPageNote } from "../../../components/list-states"
import { SettingsPage } from "../../../components/settings-page"
import {
  useAllCooperatives,
  useRevenueSplit,
  useUpdateRevenueSplit,
  type CooperativeListItem,
} from "../../../lib/cooperatives-api"
import { errorMessage } from "../../../lib/errors"
import { revenueSplitCheck } from "../../../lib/revenue-split-form"
import { cisOperationsBps, formatBps, isBps, parseBps } from "../../../lib/shares"
import { useContractForm } from "../../../lib/use-contract-form"

function SplitRow({ label, cooperative, fundBps }: { label: string; cooperative: CooperativeListItem; fundBps: number }) {
  const cis = cisOperationsBps(cooperative.share_bps, fundBps)
  return (
    <Table.Row>
      <Table.Cell>
        <div className="flex flex-col py-2">
          <Text size="small">{label}</Text>
          <CooperativeLink id={cooperative.id} size="xsmall">
            {cooperative.name}
          </CooperativeLink>
        </div>
      </Table.Cell>
      <Table.Cell className="text-right tabular-nums">{formatBps(cooperative.share_bps)}</Table.Cell>
      <Table.Cell className="text-right tabular-nums">{formatBps(fundBps)}</Table.Cell>
      <Table.Cell className={`text-right tabular-nums ${cis < 0 ? "text-ui-fg-error" : ""}`}>{formatBps(cis)}</Table.Cell>
    </Table.Row>
  )
}

/** Loads the saved value first, so the form starts from it. */
const RevenueSplitPage = () => {
  const split = useRevenueSplit()
  return (
    <SettingsPage
      title="Revenue split"
      description="How each sale's net item revenue is shared between the cooperative, the community development fund and CIS operations."
      query={split}
      what="the revenue split"
      placeholder={
        <>
          <Skeleton className="h-4 w-48" />
          <Skeleton className="h-8 w-64" />
        </>
      }
    >
      {({ revenue_split }) => <RevenueSplitForm savedBps={revenue_split.community_fund_bps} />}
    </SettingsPage>
  )
}

const LABELS = { community_fund_bps: "Community development fund share" }

function RevenueSplitForm({ savedBps }: { savedBps: number }) {
  const { values, errors, change, submit, reset } = useContractForm(revenueSplitCheck, { community_fund_bps: String(savedBps) }, LABELS)
  const input = values.community_fund_bps
  const error = errors.community_fund_bps
  const update = useUpdateRevenueSplit()
  const cooperatives = useAllCooperatives()

  const typed = parseBps(input)
  const fundBps = typed !== undefined && isBps(typed) ? typed : undefined
  const list = cooperatives.data?.cooperatives ?? []
  const byShare = [...list].sort((a, b) => a.share_bps - b.share_bps)
  const lowest = byShare[0]
  const highest = byShare[byShare.length - 1]
  const tooHigh = fundBps === undefined ? [] : list.filter((c) => cisOperationsBps(c.share_bps, fundBps) < 0)

  // A refusal keeps the refused value in the input, so staff can see what was refused.
  const save = submit(async (checked) => {
    const response = await update.mutateAsync({ community_fund_bps: Number(checked.community_fund_bps.trim()) })
    reset({ community_fund_bps: String(response.revenue_split.community_fund_bps) })
    toast.success(`Community fund share set to ${formatBps(response.revenue_split.community_fund_bps)}`)
  }, "Could not save the revenue split")

  return (
    <>
      <form
        noValidate
        className="flex flex-col gap-y-4 px-6 py-4"
        onSubmit={(event) => void save(event)}
      >
        <FormField
          label="Community development fund share (basis points)"
          htmlFor="community-fund-bps"
          error={error}
          hint={
            fundBps !== undefined
              ? `${fundBps} bps = ${formatBps(fundBps)} of every sale's net item revenue, whatever the cooperative. Saved: ${savedBps} bps (${formatBps(savedBps)}).`
              : "100 bps = 1 %. E.g. 500 for 5.00 %."
          }
          className="max-w-xl"
        >
          <div className="flex items-center gap-x-2">
            <Input
              id="community-fund-bps"
              inputMode="numeric"
              value={input}
              aria-invalid={Boolean(error) || undefined}
              onChange={(event) => change({ community_fund_bps: event.target.value })}
              className="max-w-[160px]"
            />
            <Button size="small" type="submit" isLoading={update.isPending} disabled={input.trim() === String(savedBps)}>
              Save
            </Button>
          </div>
        </FormField>
        {tooHigh.length > 0 && (
          <Alert variant="warning">
            With this fund share, {tooHigh.map((c) => c.name).join(", ")} would leave CIS operations less than nothing
            (their share plus the fund's exceeds 100 %). The store will refuse it: lower the fund share or those
            cooperatives' shares first.
          </Alert>
        )}
      </form>

      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">What CIS operations keep</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          CIS operations keep the remainder: 100 % − the cooperative's share − the community fund's share. The
          cooperative's share is set on each cooperative's page.
        </Text>
      </div>
      {cooperatives.isError ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load the cooperatives: {errorMessage(cooperatives.error)}
          </Text>
        </div>
      ) : cooperatives.isPending ? (
        <div className="px-6 py-4">
          <Skeleton className="h-16 w-full" />
        </div>
      ) : !lowest || !highest || fundBps === undefined ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {fundBps === undefined
              ? "Enter a valid fund share to see the split."
              : "No cooperatives yet: the split appears once there is one."}
          </Text>
        </div>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Example</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Cooperative</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Community fund</Table.HeaderCell>
                <Table.HeaderCell className="text-right">CIS operations</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              <SplitRow label="Highest cooperative share" cooperative={highest} fundBps={fundBps} />
              {lowest.id !== highest.id && (
                <SplitRow label="Lowest cooperative share" cooperative={lowest} fundBps={fundBps} />
              )}
            </Table.Body>
          </Table>
          <FirstPageNote shown={list.length} count={cooperatives.data?.count} what="cooperatives" />
        </div>
      )}
    </>
  )
}

export const config = defineRouteConfig({ label: "Revenue split", icon: ChartPie })

export const handle = { breadcrumb: () => "Revenue split" }

export default RevenueSplitPage
