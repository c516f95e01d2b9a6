import { useId, useState, type FormEvent } from "react"
import { FetchError } from "@medusajs/js-sdk"
import { describeError } from "@/lib/describe-error"
import { useMessages } from "@/lib/i18n"
import { useAddPromotion } from "../api/add-promotion"
import type { Cart } from "../api/get-cart"
import { useRemovePromotion } from "../api/remove-promotion"
import { cartMessages } from "../messages"

type Outcome =
  | { kind: "applied" | "not_applied" | "unknown" | "removed"; code: string }
  | { kind: "failed"; code: string; error: unknown }
  | { kind: "empty" }

export function PromotionForm({ cart }: { cart: Cart }) {
  const t = useMessages(cartMessages)
  const inputId = useId()
  const [code, setCode] = useState("")
  const [outcome, setOutcome] = useState<Outcome>()
  const add = useAddPromotion(cart.id)
  const remove = useRemovePromotion(cart.id)
  // Automatic promotions apply by themselves; only codes the buyer typed can be taken off.
  const codes = (cart.promotions ?? []).flatMap((promotion) => (promotion.code && !promotion.is_automatic ? [promotion.code] : []))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const wanted = code.trim()
    if (!wanted) {
      setOutcome({ kind: "empty" })
      return
    }
    add.mutate(wanted, {
      onSuccess: ({ applied }) => {
        setOutcome({ kind: applied ? "applied" : "not_applied", code: wanted })
        if (applied) setCode("")
      },
      onError: (error) =>
        setOutcome(isUnknownCode(error) ? { kind: "unknown", code: wanted } : { kind: "failed", code: wanted, error }),
    })
  }

  const removeCode = (promoCode: string) =>
    remove.mutate(promoCode, {
      onSuccess: () => setOutcome({ kind: "removed", code: promoCode }),
      onError: (error) => setOutcome({ kind: "failed", code: promoCode, error }),
    })

  const problem = outcome !== undefined && outcome.kind !== "applied" && outcome.kind !== "removed"
  return (
    <div className="promotion">
      <form className="promotion__form" onSubmit={submit} noValidate>
        <label htmlFor={inputId}>{t("promoLabel")}</label>
        <div className="promotion__row">
          <input
            id={inputId}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            aria-invalid={problem ? true : undefined}
          />
          <button type="submit" className="button" disabled={add.isPending}>
            {add.isPending ? t("promoApplying") : t("promoApply")}
          </button>
        </div>
      </form>
      <div role="status" className={problem ? "promotion__message promotion__message--problem" : "promotion__message"}>
        {outcome && <OutcomeMessage outcome={outcome} />}
      </div>
      {codes.length > 0 && (
        <div className="promotion__codes">
          <p>{t("promoActive")}</p>
          <ul>
            {codes.map((promoCode) => (
              <li key={promoCode}>
                <span className="promotion__code">{promoCode}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t("promoRemove", { code: promoCode })}
                  onClick={() => removeCode(promoCode)}
                  disabled={remove.isPending}
                >
                  {t("remove")}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}

/** Medusa refuses a code no promotion has with 400 "The promotion code X is invalid". */
function isUnknownCode(error: unknown): boolean {
  return error instanceof FetchError && error.status === 400 && /promotion code .* is invalid/i.test(error.message)
}

function OutcomeMessage({ outcome }: { outcome: Outcome }) {
  const t = useMessages(cartMessages)
  switch (outcome.kind) {
    case "empty":
      return <p>{t("promoEmpty")}</p>
    case "applied":
      return <p>{t("promoApplied", { code: outcome.code })}</p>
    case "removed":
      return <p>{t("promoRemoved", { code: outcome.code })}</p>
    case "not_applied":
      return <p>{t("promoNotApplied", { code: outcome.code })}</p>
    case "unknown":
      return <p>{t("promoUnknown", { code: outcome.code })}</p>
    case "failed":
      return (
        <>
          <p>{t("promoFailed", { code: outcome.code })}</p>
          <p>{describeError(outcome.error)}</p>
        </>
      )
  }
}
