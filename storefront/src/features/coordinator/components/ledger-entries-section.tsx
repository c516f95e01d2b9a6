import { useMessages } from "@/lib/i18n"
import { useLedgerEntries, type LedgerEntry } from "../api/get-ledger-entries"
import { earningsMessages, type EarningsMessageKey } from "../earnings-messages"
import { formatDate, formatMinor, formatShare } from "../utils/format"
import { PagedSection } from "./paged-list"

const PAGE_SIZE = 10

export function LedgerEntriesSection({ locale }: { locale: string }) {
  const t = useMessages(earningsMessages)
  const entries = useLedgerEntries(PAGE_SIZE)

  return (
    <PagedSection
      title={t("entriesTitle")}
      page={entries}
      items={(data) => data.ledger_entries}
      errorTitle={t("entriesError")}
      empty={t("entriesEmpty")}
      skeletonCards={2}
      listClassName="stack-list coop-list coop-list--tight"
    >
      {(entry) => <EntryRow key={entry.id} entry={entry} locale={locale} />}
    </PagedSection>
  )
}

/** Where a row stands: waiting for the buyer, netted or to be netted, paid or not yet. */
function entryStatus(entry: LedgerEntry): EarningsMessageKey | null {
  if (entry.state === "pending") return entry.amount < 0 ? "entryNoLongerPending" : "entryPending"
  if (entry.type === "advance") return entry.payout_id ? "advanceNetted" : "advanceNotNetted"
  // A payment's own rows say what they are in their reason.
  if (entry.type === "payout") return null
  return entry.payout_id ? "inPayout" : "notInPayout"
}

function EntryRow({ entry, locale }: { entry: LedgerEntry; locale: string }) {
  const t = useMessages(earningsMessages)
  const money = (minor: number) => formatMinor(minor, entry.currency_code, locale)
  const pending = entry.state === "pending"
  const status = entryStatus(entry)
  // A share of a sale is a percentage of its base; money sent or corrected is whole.
  const isShare = entry.type === "sale" || entry.type === "reversal"
  const details = [
    formatDate(entry.created_at, locale),
    entry.order_display_id ? t("orderNumber", { n: entry.order_display_id }) : null,
    isShare ? t("shareOf", { share: formatShare(entry.share_bps, locale), base: money(entry.base_amount) }) : null,
    status ? t(status) : null,
  ].filter(Boolean)
  return (
    <li className={pending ? "coop-entry coop-entry--pending" : "coop-entry"}>
      <div className="coop-entry__main">
        <span>
          <span className={`coop-entry__type coop-entry__type--${entry.type}`}>{t(`type_${entry.type}`)}</span>
          {pending && <span className="coop-badge coop-badge--warning">{t("pendingBadge")}</span>}
        </span>
        <strong className="coop-entry__amount">{money(entry.amount)}</strong>
      </div>
      <p className="coop-muted">{details.join(" · ")}</p>
      {entry.reason && <p className="coop-muted">{entry.reason}</p>}
    </li>
  )
}
