import { useId } from "react"
import { Link } from "react-router-dom"
import { QueryFallback } from "@/components/query-fallback"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import type { PaidWith } from "@/lib/payment-providers"
import { useOrderRevenueSplit } from "../api/get-order-revenue-split"
import { orderMessages } from "../messages"
import { splitRows } from "../utils/split-rows"

interface RevenueSplitProps {
  orderId: string
  locale: string
  pollIntervalMs: number
  /** How the order is being paid, to say what the shares are waiting for. */
  paidWith?: PaidWith
}

/**
 * How much of this order goes to each cooperative, the community fund and
 * CIS, as the ledger recorded it; until the buyer's money is in, it says the
 * shares are waiting for it.
 */
export function RevenueSplit({ orderId, locale, pollIntervalMs, paidWith }: RevenueSplitProps) {
  const t = useMessages(orderMessages)
  const headingId = useId()
  const split = useOrderRevenueSplit(orderId, pollIntervalMs)

  let content
  if (split.isPending || split.isError) {
    content = <QueryFallback query={split} loadingLabel={t("splitLoading")} skeletonClassName="order-split__skeleton" errorTitle={t("splitError")} />
  } else if (!split.data.recorded) {
    content = split.gaveUp ? (
      <div className="order-split__waiting">
        <p role="status">{t("splitGaveUp")}</p>
        <button type="button" className="button" onClick={() => void split.refetch()}>
          {t("checkAgain")}
        </button>
      </div>
    ) : (
      <p role="status" className="order-split__waiting">
        {t("splitRecording")}
      </p>
    )
  } else {
    const { rows, total } = splitRows(split.data)
    const money = (amount: string) => formatPrice(amount, split.data.currency_code, locale)
    content = (
      <>
        {!split.data.paid && (
          <p className="order-split__awaiting" role="note">
            {t(paidWith === "card" ? "splitAwaitingCard" : "splitAwaiting")}
          </p>
        )}
        <table className="order-split__table">
          <caption className="visually-hidden">{t("splitTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("splitAccount")}</th>
              <th scope="col">{t("splitAmount")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.kind === "cooperative" ? row.id : row.kind}>
                <th scope="row">
                  {row.kind === "cooperative" ? (
                    <Link to={`/cooperatives/${encodeURIComponent(row.handle)}`}>{row.name}</Link>
                  ) : row.kind === "community_fund" ? (
                    t("communityFund")
                  ) : (
                    t("cisOperations")
                  )}
                </th>
                <td>
                  {money(row.amount)}
                  {row.kind === "cooperative" && row.pending && (
                    <span className="order-split__pending">{t("splitRowPending", { amount: money(row.pending) })}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("splitTotal")}</th>
              <td>{money(total)}</td>
            </tr>
          </tfoot>
        </table>
        <p className="hint">{t("splitNote")}</p>
      </>
    )
  }

  return (
    <section className="panel order-panel order-split" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("splitTitle")}</h2>
      <p>{t("splitIntro")}</p>
      {content}
    </section>
  )
}
