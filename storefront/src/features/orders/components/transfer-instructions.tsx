import { fromMinorUnits } from "@cis/contract/currency"
import { useId } from "react"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import type { TransferDue } from "../api/get-order-payment"
import { orderMessages } from "../messages"

/**
 * Everything a buyer needs to pay by bank transfer, in their language: the
 * exact amount, the reference to quote, the deadline and the bank details,
 * each on its own line so it can be copied into a banking app.
 */
export function TransferInstructions({ transfer, locale }: { transfer: TransferDue; locale: string }) {
  const t = useMessages(orderMessages)
  const headingId = useId()
  const amount = formatPrice(fromMinorUnits(transfer.amount_due, transfer.currency_code), transfer.currency_code, locale)
  const deadline = new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(transfer.deadline))
  const { instructions } = transfer
  const rows: [string, string | null][] = [
    [t("transferAmount"), amount],
    [t("transferReference"), transfer.reference],
    [t("transferDeadline"), deadline],
    [t("transferBeneficiary"), instructions.beneficiary],
    [t("transferBank"), instructions.bank_name],
    [t("transferBankAddress"), instructions.bank_address],
    ["IBAN", instructions.iban],
    [t("transferAccount"), instructions.account_number],
    ["SWIFT/BIC", instructions.swift_bic],
    [t("transferAba"), instructions.aba_routing],
  ]
  return (
    <section className="order-transfer" aria-labelledby={headingId}>
      <h3 id={headingId}>{t("transferTitle")}</h3>
      <p>{t("transferIntro", { amount, reference: transfer.reference })}</p>
      <dl className="order-transfer__details">
        {rows
          .filter((row): row is [string, string] => Boolean(row[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {instructions.note && <p className="hint">{instructions.note}</p>}
    </section>
  )
}
