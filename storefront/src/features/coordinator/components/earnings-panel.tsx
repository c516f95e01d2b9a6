import { BalancesSection } from "./balances-section"
import { LedgerEntriesSection } from "./ledger-entries-section"
import { PayoutsSection } from "./payouts-section"

/** Three reads side by side, each with its own loading and error, so a slow one never holds the others back. */
export function EarningsPanel({ locale }: { locale: string }) {
  return (
    <div className="coop-earnings">
      <BalancesSection locale={locale} />
      <PayoutsSection locale={locale} />
      <LedgerEntriesSection locale={locale} />
    </div>
  )
}
