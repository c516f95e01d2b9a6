import { Fact } from "@/components/fact"
import { QueryFallback } from "@/components/query-fallback"
import { TitledSection } from "@/components/titled-section"
import { useMessages } from "@/lib/i18n"
import { useImpact, type ImpactTotals } from "../api/get-impact"
import { homeMessages } from "../messages"
import { formatMinorUnits } from "../utils/format-minor-units"
import "./home.css"

interface ImpactFiguresProps {
  locale: string
  /** The visitor's currency (their region's): its totals come first, the others follow. */
  currency?: string
}

/** The visitor's own currency first, then the others in a fixed order, so the block reads the same on every visit. */
function visitorsFirst(totals: ImpactTotals[], currency: string | undefined) {
  const own = currency?.toLowerCase()
  return [...totals].sort(
    (a, b) => Number(b.currency_code === own) - Number(a.currency_code === own) || a.currency_code.localeCompare(b.currency_code)
  )
}

/**
 * The public totals: what buyers' money has done, per currency, never one
 * order's figures. Only money actually received counts as reaching the
 * cooperatives; what waits for buyers' payment is shown apart.
 */
export function ImpactFigures({ locale, currency }: ImpactFiguresProps) {
  const t = useMessages(homeMessages)
  const impact = useImpact()
  const count = new Intl.NumberFormat(locale)

  let content
  if (impact.isPending || impact.isError) {
    content = <QueryFallback query={impact} loadingLabel={t("impactLoading")} skeletonClassName="impact__skeleton" errorTitle={t("impactError")} />
  } else {
    const { totals, cooperatives, orders } = impact.data
    content = (
      <>
        <dl className="impact__counts">
          <div className="impact__figure">
            <dt>{t("cooperativesSelling")}</dt>
            <dd>{count.format(cooperatives)}</dd>
          </div>
          <div className="impact__figure">
            <dt>{t("ordersSoFar")}</dt>
            <dd>{count.format(orders)}</dd>
          </div>
        </dl>
        {totals.length === 0 ? (
          <p>{t("noSalesYet")}</p>
        ) : (
          <ul className="impact__currencies">
            {visitorsFirst(totals, currency).map((row) => (
              <li key={row.currency_code}>
                <CurrencyTotals totals={row} locale={locale} />
              </li>
            ))}
          </ul>
        )}
      </>
    )
  }

  return (
    <TitledSection className="impact" headingId="impact-title" title={t("impactTitle")}>
      <p className="impact__intro">{t("impactIntro")}</p>
      {content}
    </TitledSection>
  )
}

function CurrencyTotals({ totals, locale }: { totals: ImpactTotals; locale: string }) {
  const t = useMessages(homeMessages)
  const currency = totals.currency_code.toUpperCase()
  const awaiting = totals.cooperatives_pending !== 0 || totals.community_fund_pending !== 0
  const money = (minor: number) => {
    try {
      return formatMinorUnits(minor, totals.currency_code, locale)
    } catch {
      // A currency this browser's Intl does not know: a dash beats a wrong figure or a blank page.
      return "—"
    }
  }
  return (
    <section className="impact__currency" aria-label={t("inCurrency", { currency })}>
      <p className="impact__headline">
        <span className="impact__amount">{money(totals.cooperatives_earned)}</span>
        <span>{t("earnedBy")}</span>
      </p>
      <dl className="impact__details">
        {/* "Already paid out: 0.00" reads as if CIS kept the money; before the first payout it is simply all still owed. */}
        {totals.cooperatives_paid !== 0 && (
          <Fact term={t("paidOut")}>{money(totals.cooperatives_paid)}</Fact>
        )}
        <Fact term={t("owed")}>{money(totals.cooperatives_owed)}</Fact>
        <Fact term={t("communityFund")}>{money(totals.community_fund)}</Fact>
      </dl>
      {awaiting && (
        // Not yet received, so not counted above: it reaches them once the buyers' payment arrives.
        <div className="impact__pending">
          <p className="impact__pending-title">{t("awaitingTitle")}</p>
          <dl className="impact__details">
            <Fact term={t("awaitingCooperatives")}>{money(totals.cooperatives_pending)}</Fact>
            {totals.community_fund_pending !== 0 && (
              <Fact term={t("awaitingFund")}>{money(totals.community_fund_pending)}</Fact>
            )}
          </dl>
        </div>
      )}
    </section>
  )
}
