import { useId } from "react"
import { Fact } from "@/components/fact"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useBalances, type Balance } from "../api/get-balances"
import { earningsMessages } from "../earnings-messages"
import { formatDate, formatMinor } from "../utils/format"
import { PortalError } from "./portal-error"
import { PortalSkeleton } from "./portal-skeleton"

export function BalancesSection({ locale }: { locale: string }) {
  const t = useMessages(earningsMessages)
  const balances = useBalances()
  const id = useId()

  let body
  if (balances.isPending) body = <PortalSkeleton cards={1} />
  else if (balances.isError)
    body = <PortalError title={t("balancesError")} {...retryOf(balances)} />
  else if (balances.data.length === 0) body = <p className="state">{t("balancesEmpty")}</p>
  else
    body = (
      <div className="coop-balances">
        {balances.data.map((balance) => (
          <BalanceCard key={balance.currency_code} balance={balance} locale={locale} />
        ))}
      </div>
    )

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("balancesTitle")}</h2>
      {body}
    </section>
  )
}

/**
 * One currency: what paid sales earned, what was taken back, advanced and
 * paid, and what is still owed; apart from all of it, what waits for buyers'
 * payment, which is never paid out until the money arrives.
 */
function BalanceCard({ balance, locale }: { balance: Balance; locale: string }) {
  const t = useMessages(earningsMessages)
  const currency = balance.currency_code.toUpperCase()
  const money = (minor: number | bigint) => formatMinor(minor, balance.currency_code, locale)
  // Owed is whatever is payable and not paid yet, in a draft payout or in none; summed as integers of minor units.
  const owed = BigInt(balance.balance) + BigInt(balance.in_draft_payouts)
  const id = useId()
  return (
    <section className="panel coop-card" aria-labelledby={`${id}-currency`}>
      <h3 id={`${id}-currency`}>{t("inCurrency", { currency })}</h3>
      <dl className="coop-figures">
        <Fact term={t("earned")}>{money(balance.earned)}</Fact>
        <Fact term={t("reversed")}>{money(balance.reversed)}</Fact>
        {balance.adjusted !== 0 && (
          <Fact term={t("adjusted")}>{money(balance.adjusted)}</Fact>
        )}
        {balance.advanced !== 0 && (
          <div>
            <dt>{t("advanced")}</dt>
            {/* Received money, shown like "already paid": the ledger keeps it negative because sales net it. */}
            <dd>{money(-BigInt(balance.advanced))}</dd>
          </div>
        )}
        <Fact term={t("paid")}>{money(balance.paid)}</Fact>
        <div className="coop-figures__total">
          <dt>{owed < 0n ? t("advanceToNet") : t("owed")}</dt>
          <dd>{money(owed < 0n ? -owed : owed)}</dd>
        </div>
      </dl>
      {owed < 0n && <p className="coop-muted">{t("advanceToNetNote")}</p>}
      {balance.in_draft_payouts !== 0 && <p className="coop-muted">{t("inDraft", { amount: money(balance.in_draft_payouts) })}</p>}
      {balance.oldest_unpaid_at && balance.balance > 0 && (
        <p className="coop-muted">{t("owedSince", { date: formatDate(balance.oldest_unpaid_at, locale) })}</p>
      )}
      {balance.pending !== 0 && (
        <div className="coop-pending">
          <dl className="coop-figures">
            <Fact term={t("pending")}>{money(balance.pending)}</Fact>
          </dl>
          <p className="coop-muted">{t("pendingNote")}</p>
        </div>
      )}
    </section>
  )
}
