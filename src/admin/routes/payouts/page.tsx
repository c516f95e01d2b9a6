/**
 * Payouts: the monthly reconciliation in one place. Balances show what each
 * cooperative is owed (payable apart from what waits for buyers' payment) and
 * start a payout, an advance or an adjustment; payouts are marked paid or
 * cancelled; the ledger, the monthly CSV and the ledger check let staff prove
 * any figure line by line and against Medusa.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { CurrencyDollar } from "@medusajs/icons"
import { AdvancesSection } from "../../components/advances-section"
import { CooperativeBalancesSection } from "../../components/cooperative-balances-section"
import { LedgerCheckSection } from "../../components/ledger-check-section"
import { LedgerSection } from "../../components/ledger-section"
import { MonthlySummaryDownload } from "../../components/monthly-summary-download"
import { cardPaymentsReportUrl } from "../../lib/ledger-api"
import { PayoutsSection } from "../../components/payouts-section"
import { SectionsPage } from "../../components/section"

const PayoutsPage = () => (
  <SectionsPage
    title="Payouts"
    description="What each cooperative has earned and is owed, and the payments that settle it. A share becomes payable once the buyer's money is captured; until then it is pending. Amounts are per currency and never converted."
  >
    <CooperativeBalancesSection />
    <PayoutsSection />
    <AdvancesSection />
    <MonthlySummaryDownload />
    <MonthlySummaryDownload
      id="card-payments-month"
      title="Card payments"
      description="Stripe captures, refunds and fees per order and currency for one month, to match against Stripe's payouts. Fees are charged to CIS operations, never to a cooperative."
      urlFor={cardPaymentsReportUrl}
    />
    <LedgerSection />
    <LedgerCheckSection />
  </SectionsPage>
)

export const config = defineRouteConfig({ label: "Payouts", icon: CurrencyDollar })

export const handle = { breadcrumb: () => "Payouts" }

export default PayoutsPage
