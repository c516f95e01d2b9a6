import { useLanguage, useMessages } from "@/lib/i18n"
import { useDownloadStatement } from "../api/download-statement"
import { usePayouts, type Payout } from "../api/get-payouts"
import { earningsMessages } from "../earnings-messages"
import { useDescribeError } from "../hooks/use-describe-error"
import { formatDate, formatMinor } from "../utils/format"
import { PagedSection } from "./paged-list"

const PAGE_SIZE = 5

export function PayoutsSection({ locale }: { locale: string }) {
  const t = useMessages(earningsMessages)
  const payouts = usePayouts(PAGE_SIZE)

  return (
    <PagedSection title={t("payoutsTitle")} page={payouts} items={(data) => data.payouts} errorTitle={t("payoutsError")} empty={t("payoutsEmpty")} skeletonCards={1}>
      {(payout) => <PayoutCard key={payout.id} payout={payout} locale={locale} />}
    </PagedSection>
  )
}

function PayoutCard({ payout, locale }: { payout: Payout; locale: string }) {
  const t = useMessages(earningsMessages)
  const describe = useDescribeError()
  const download = useDownloadStatement()
  const { language } = useLanguage()
  const paid = payout.status === "paid"
  const day = formatDate(payout.paid_at ?? payout.created_at, locale)
  const sentDiffers = payout.sent_amount !== null && payout.sent_currency_code && (payout.sent_currency_code !== payout.currency_code || payout.sent_amount !== payout.amount)
  return (
    <li className="panel coop-card">
      <div className="coop-order__head">
        <h3>{formatMinor(payout.amount, payout.currency_code, locale)}</h3>
        <span className={paid ? "coop-badge coop-badge--success" : "coop-badge"}>{t(paid ? "payout_paid" : "payout_draft")}</span>
      </div>
      <p className="coop-muted">
        {t("salesUpTo", { date: formatDate(payout.up_to, locale) })} ·{" "}
        {payout.entry_count === 1 ? t("entriesOne") : t("entriesMany", { n: payout.entry_count })}
      </p>
      {paid && (
        <p>
          {t("paidOn", { date: day })}
          {payout.method && ` · ${t(`method_${payout.method}`)}`}
        </p>
      )}
      {payout.reference && <p className="coop-muted">{t("reference", { reference: payout.reference })}</p>}
      {sentDiffers && payout.sent_amount !== null && payout.sent_currency_code && (
        <p className="coop-muted">{t("sent", { amount: formatMinor(payout.sent_amount, payout.sent_currency_code, locale) })}</p>
      )}
      {paid && payout.sent_amount !== null && payout.sent_currency_code === payout.currency_code && payout.sent_amount !== payout.amount && (
        // In the payout's own currency a different amount is carried on the balance to the next payment.
        <p className="coop-muted">
          {t(payout.sent_amount < payout.amount ? "sentShort" : "sentExcess", {
            amount: formatMinor(Math.abs(payout.amount - payout.sent_amount), payout.currency_code, locale),
          })}
        </p>
      )}
      {paid && (
        <button
          type="button"
          className="coop-button coop-button--quiet"
          onClick={() => download.mutate({ payoutId: payout.id, language })}
          disabled={download.isPending}
          aria-label={download.isPending ? undefined : t("downloadOf", { date: day })}
        >
          {download.isPending ? t("downloading") : t("download")}
        </button>
      )}
      {download.isError && (
        <p className="problem" role="alert">
          {t("downloadFailed", { detail: describe(download.error) })}
        </p>
      )}
    </li>
  )
}
