/**
 * Payouts: the monthly reconciliation in one place. Balances show what each
 * cooperative is owed and start a payout; payouts are marked paid or cancelled;
 * the ledger and the monthly CSV let staff check any figure line by line.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { CooperativeBalancesSection } from "../../components/cooperative-balances-section"
import { LedgerSection } from "../../components/ledger-section"
import { MonthlySummaryDownload } from "../../components/monthly-summary-download"
import { cardPaymentsReportUrl } from "../../lib/ledger-api"
import { PayoutsSection } from "../../components/payouts-section"

const PayoutsPage = () => (
  <div className="flex flex-col gap-y-3">
    <Container className="px-6 py-4">
      <Heading level="h1">Payouts</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        What each cooperative has earned and is owed, and the payments that settle it. Amounts are per currency and
        never converted.
      </Text>
    </Container>
    <CooperativeBalancesSection />
    <PayoutsSection />
    <MonthlySummaryDownload />
    <MonthlySummaryDownload
      id="card-payments-month"
      title="Card payments"
      description="Stripe captures, refunds and fees per order and currency for one month, to match against Stripe's payouts. Fees are charged to CIS operations, never to a cooperative."
      urlFor={cardPaymentsReportUrl}
    />
    <LedgerSection />
  </div>
)

export const config = defineRouteConfig({
  label: "Payouts",
  icon: CurrencyDollar,
})

export const handle = {
  breadcrumb: () => "Payouts",
}

export default PayoutsPage
