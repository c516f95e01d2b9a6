import { fromMinorUnits } from "@cis/contract/currency"
import { BPS_WHOLE } from "@cis/contract/split-shares"
import { QueryFallback } from "@/components/query-fallback"
import { TitledSection } from "@/components/titled-section"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import { useRevenueSplit } from "../api/get-revenue-split"
import { productDetailMessages } from "../messages"
import { priceBreakdown, type PriceBreakdown, type PriceForSplit } from "../utils/money-split"

interface MoneyBreakdownProps {
  price: PriceForSplit & { calculated_amount: number | string; currency_code: string }
  quantity: number
  /** Null for a craft no cooperative is assigned to: the ledger then gives the cooperative nothing. */
  cooperative: { name: string; share_bps: number } | null | undefined
  locale: string
}

/** The split the ledger writes for this line when the order is placed, to the cent. */
export function MoneyBreakdown({ price, quantity, cooperative, locale }: MoneyBreakdownProps) {
  const t = useMessages(productDetailMessages)
  const revenueSplit = useRevenueSplit()

  let content
  if (revenueSplit.isPending || revenueSplit.isError) {
    content = <QueryFallback query={revenueSplit} loadingLabel={t("moneyLoading")} skeletonClassName="money__skeleton" errorTitle={t("moneyError")} />
  } else {
    const breakdown = priceBreakdown(price, quantity, {
      cooperativeBps: cooperative?.share_bps ?? 0,
      communityFundBps: revenueSplit.data.community_fund_bps,
    })
    content = breakdown ? (
      <BreakdownTable
        breakdown={breakdown}
        quantity={quantity}
        currency={price.currency_code}
        cooperativeName={cooperative?.name}
        locale={locale}
      />
    ) : (
      <p>{t("moneyUnavailable")}</p>
    )
  }

  return (
    <TitledSection className="panel product-card-panel money" headingId="money-heading" title={t("moneyTitle")}>
      {content}
    </TitledSection>
  )
}

interface BreakdownTableProps {
  breakdown: PriceBreakdown
  quantity: number
  currency: string
  cooperativeName: string | undefined
  locale: string
}

function BreakdownTable({ breakdown, quantity, currency, cooperativeName, locale }: BreakdownTableProps) {
  const t = useMessages(productDetailMessages)
  const { taxIncluded, shelf, unit, line, bps } = breakdown
  const money = (minor: bigint) => formatPrice(fromMinorUnits(minor, currency), currency, locale)
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 })
  const several = quantity > 1
  const rows = [
    { account: "cooperative", label: cooperativeName ? t("cooperativeRow", { name: cooperativeName }) : t("cooperativeRowUnnamed") },
    { account: "community_fund", label: t("communityFund") },
    { account: "cis_operations", label: t("cisOperations") },
  ] as const

  return (
    <>
      <p>
        {taxIncluded
          ? t("netOfTax", { price: money(shelf.unit), net: money(unit.net) })
          : t("wholePrice", { price: money(unit.net) })}
      </p>
      <div className="money__scroll">
        <table className="money__table">
          <caption className="visually-hidden">{t("moneyTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("goesTo")}</th>
              <th scope="col">{t("share")}</th>
              <th scope="col">{t("perItem")}</th>
              {several && <th scope="col">{t("forQuantity", { n: quantity })}</th>}
            </tr>
          </thead>
          <tbody>
            {/* An account with no share gets nothing on any line; a row of zeros would only puzzle. */}
            {rows
              .filter((row) => bps[row.account] > 0)
              .map((row) => (
                <tr key={row.account}>
                  <th scope="row">{row.label}</th>
                  <td>{percent.format(bps[row.account] / BPS_WHOLE)}</td>
                  <td>{money(unit.parts[row.account])}</td>
                  {several && <td>{money(line.parts[row.account])}</td>}
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("total")}</th>
              <td>{percent.format(1)}</td>
              <td>{money(unit.net)}</td>
              {several && <td>{money(line.net)}</td>}
            </tr>
          </tfoot>
        </table>
      </div>
      {several && (
        <p>
          {taxIncluded
            ? t("netOfTaxQuantity", { n: quantity, price: money(shelf.line), net: money(line.net) })
            : t("wholePriceQuantity", { n: quantity, net: money(line.net) })}
        </p>
      )}
      <p className="money__note">{taxIncluded ? t("taxNotSplit") : t("extrasNotSplit")}</p>
      <p className="money__note">{t("ledgerNote")}</p>
    </>
  )
}
