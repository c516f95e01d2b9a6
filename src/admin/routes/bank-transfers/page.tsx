/**
 * Bank transfers: the orders waiting for their money, and the bank
 * statement upload that matches incoming transfers to them. The bank
 * details buyers get are under Settings → Bank transfer.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Link } from "react-router-dom"
import { AwaitingTransfersSection } from "../../components/awaiting-transfers-section"
import { BankStatementSection } from "../../components/bank-statement-section"
import { SectionsPage } from "../../components/section"

const BankTransfersPage = () => (
  <SectionsPage
    title="Bank transfers"
    description={
      <>
        Orders paid by bank transfer are prepared once their money arrives. Record it order by order, or upload the
        bank's statement to match many at once. The bank details buyers see are set in{" "}
        <Link to="/settings/bank-transfer" className="text-ui-fg-interactive hover:underline">
          Settings → Bank transfer
        </Link>
        .
      </>
    }
  >
    <AwaitingTransfersSection />
    <BankStatementSection />
  </SectionsPage>
)

export const config = defineRouteConfig({ label: "Bank transfers", icon: Cash })

export const handle = { breadcrumb: () => "Bank transfers" }

export default BankTransfersPage
