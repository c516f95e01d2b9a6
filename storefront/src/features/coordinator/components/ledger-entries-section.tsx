import { useId, useState } from "react"
import { useMessages } from "@/lib/i18n"
import { useLedgerEntries, type LedgerEntry } from "../api/get-ledger-entries"
import { earningsMessages } from "../earnings-messages"
import { formatDate, formatMinor, formatShare } from "../utils/format"
import { PortalError } from "./portal-error"
import { PortalPager } from "./portal-pager"
import { PortalSkeleton } from "./portal-skeleton"

const PAGE_SIZE = 10

export function LedgerEntriesSection({ locale }: { locale: string }) {
  const t = useMessages(earningsMessages)
  const [offset, setOffset] = useState(0)
  const entries = useLedgerEntries(offset, PAGE_SIZE)
  const id = useId()

  let body
  if (entries.isPending) body = <PortalSkeleton cards={2} />
  else if (entries.isError)
    body = <PortalError title={t("entriesError")} error={entries.error} onRetry={() => void entries.refetch()} retrying={entries.isFetching} />
  else if (entries.data.ledger_entries.length === 0 && offset === 0) body = <p className="state">{t("entriesEmpty")}</p>
  else
    body = (
      <>
        <ul className="coop-list coop-list--tight" aria-busy={entries.isPlaceholderData}>
          {entries.data.ledger_entries.map((entry) => (
            <EntryRow key={entry.id} entry={entry} locale={locale} />
          ))}
        </ul>
        <PortalPager
          label={t("entriesTitle")}
          offset={offset}
          limit={PAGE_SIZE}
          count={entries.data.count}
          onOffsetChange={setOffset}
          disabled={entries.isPlaceholderData}
        />
      </>
    )

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("entriesTitle")}</h2>
      {body}
    </section>
  )
}

function EntryRow({ entry, locale }: { entry: LedgerEntry; locale: string }) {
  const t = useMessages(earningsMessages)
  const money = (minor: number) => formatMinor(minor, entry.currency_code, locale)
  return (
    <li className="coop-entry">
      <div className="coop-entry__main">
        <span className={`coop-entry__type coop-entry__type--${entry.type}`}>{t(`type_${entry.type}`)}</span>
        <strong className="coop-entry__amount">{money(entry.amount)}</strong>
      </div>
      <p className="coop-muted">
        {formatDate(entry.created_at, locale)}
        {entry.type !== "adjustment" && ` · ${t("shareOf", { share: formatShare(entry.share_bps, locale), base: money(entry.base_amount) })}`}
        {` · ${entry.payout_id ? t("inPayout") : t("notInPayout")}`}
      </p>
      {entry.reason && <p className="coop-muted">{entry.reason}</p>}
    </li>
  )
}
