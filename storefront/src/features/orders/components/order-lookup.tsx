import { FetchError } from "@medusajs/js-sdk"
import { useEffect, useId, useRef, useState, type FormEvent } from "react"
import { TextField } from "@/components/text-field"
import { Fact } from "@/components/fact"
import { describeError } from "@/lib/describe-error"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import { paidWith } from "@/lib/payment-providers"
import { useOrderLookup, type LookedUpOrder } from "../api/lookup-order"
import { useStatusWords } from "../hooks/use-status-words"
import { orderMessages } from "../messages"
import { validateLookup, type LookupProblems } from "../utils/validate-lookup"
import { OrderItems } from "./order-items"
import { TransferInstructions } from "./transfer-instructions"
import "../orders.css"

/** Both fields are required; how they look is the orders' own. */
const FIELD = { fieldClassName: "order-field", hintClassName: "hint", problemClassName: "problem", "aria-required": "true" } as const

export function OrderLookup({ locale }: { locale: string }) {
  const t = useMessages(orderMessages)
  const formId = useId()
  const headingId = useId()
  const [email, setEmail] = useState("")
  const [number, setNumber] = useState("")
  const [problems, setProblems] = useState<LookupProblems>({})
  const lookup = useOrderLookup()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (lookup.isPending) return
    const checked = validateLookup(email, number)
    setProblems(checked.problems)
    if (checked.displayId === undefined) {
      document.getElementById(`${formId}-${checked.problems.email ? "email" : "number"}`)?.focus()
      return
    }
    lookup.mutate({ email: email.trim(), displayId: checked.displayId })
  }

  const problemText = (field: "email" | "number") => {
    const problem = problems[field]
    if (problem === "required") return t("required")
    if (problem === "invalid") return field === "email" ? t("invalidEmail") : t("invalidNumber")
    return undefined
  }

  return (
    <section className="order-lookup" aria-labelledby={headingId}>
      <h1 id={headingId}>{t("lookupTitle")}</h1>
      <p>{t("lookupIntro")}</p>
      <form className="order-lookup__form" onSubmit={submit} noValidate>
        <TextField
          {...FIELD}
          id={`${formId}-email`}
          label={t("email")}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          problem={problemText("email")}
        />
        <TextField
          {...FIELD}
          id={`${formId}-number`}
          label={t("number")}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={number}
          onChange={setNumber}
          hint={t("numberHint")}
          problem={problemText("number")}
        />
        <button type="submit" className="button" disabled={lookup.isPending}>
          {lookup.isPending ? t("lookingUp") : t("lookup")}
        </button>
      </form>

      {lookup.isError && <LookupProblem error={lookup.error} />}
      {lookup.isSuccess && <LookupResult order={lookup.data} locale={locale} />}
    </section>
  )
}

function LookupProblem({ error }: { error: unknown }) {
  const t = useMessages(orderMessages)
  const status = error instanceof FetchError ? error.status : undefined
  // The same sentence whichever part was wrong: the store reveals nothing about orders one cannot name fully.
  if (status === 404) return <p role="alert" className="problem">{t("lookupNotFound")}</p>
  if (status === 429) return <p role="alert" className="problem">{t("lookupTooMany")}</p>
  return (
    <div role="alert" className="problem">
      <p>{t("lookupFailed")}</p>
      <p>{describeError(error)}</p>
    </div>
  )
}

function LookupResult({ order, locale }: { order: LookedUpOrder; locale: string }) {
  const t = useMessages(orderMessages)
  const { word, paymentWord } = useStatusWords()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  // The result appears below the form: take keyboard and screen-reader users to it.
  useEffect(() => headingRef.current?.focus(), [order])
  const number = `#${order.display_id}`
  // Nothing is prepared before the money arrives: an unpaid order is not "being prepared".
  // The lookup's own answer carries the payment (the order's id, and so its payment route, is never sent here).
  const transfer = order.payment?.transfer ?? null
  const awaitingTransfer = Boolean(transfer)
  const delivery = awaitingTransfer && order.fulfillment_status === "not_fulfilled" ? t("waitingForPayment") : word(order.fulfillment_status)
  return (
    <article className="panel order-panel order-lookup__result" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t("resultTitle", { number })}
      </h2>
      <p className="hint">{t("placedOn", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(order.created_at)) })}</p>
      <dl className="order-facts">
        <Fact term={t("status")}>{word(order.status)}</Fact>
        <Fact term={t("paymentStatus")}>{paymentWord(order.payment_status, order.payment ? paidWith(order.payment.provider_id) : "unknown")}</Fact>
        <Fact term={t("fulfillmentStatus")}>{delivery}</Fact>
        <Fact term={t("total")}>{formatPrice(order.total, order.currency_code, locale)}</Fact>
      </dl>
      {transfer && <TransferInstructions transfer={transfer} locale={locale} />}
      <OrderItems
        items={order.items.map((item, index) => ({
          key: `${index}`,
          title: item.title,
          variantTitle: item.variant_title,
          thumbnail: item.thumbnail,
          quantity: item.quantity,
          total: item.total,
        }))}
        currency={order.currency_code}
        locale={locale}
      />
    </article>
  )
}
