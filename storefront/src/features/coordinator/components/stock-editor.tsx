import { useEffect, useId, useRef, useState, type FormEvent } from "react"
import { useMessages } from "@/lib/i18n"
import type { StockLevel } from "../api/get-products"
import { useSetStock } from "../api/set-stock"
import { useStockErrorText } from "../hooks/use-stock-error-text"
import { inventoryMessages } from "../inventory-messages"
import { parseCount } from "../utils/stock-count"

export interface SavedChange {
  from: number
  to: number
}

interface StockEditorProps {
  variantId: string
  level: StockLevel
  onSaved: (change: SavedChange) => void
  onCancel: () => void
}

/** Type or step the new count, then confirm it: a wrong tap on a phone must not change the shop's stock. */
export function StockEditor({ variantId, level, onSaved, onCancel }: StockEditorProps) {
  const t = useMessages(inventoryMessages)
  const errorText = useStockErrorText()
  const setStock = useSetStock()
  const [text, setText] = useState(String(level.stocked_quantity))
  const [reason, setReason] = useState("")
  const [confirming, setConfirming] = useState<number | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const questionRef = useRef<HTMLParagraphElement>(null)
  const id = useId()

  // Keyboard and screen-reader users follow the step they are on.
  useEffect(() => {
    if (confirming === null) inputRef.current?.focus()
    else questionRef.current?.focus()
  }, [confirming])

  const step = (delta: number) => {
    const current = parseCount(text) ?? level.stocked_quantity
    setText(String(Math.max(0, current + delta)))
    setProblem(null)
  }

  const review = (event: FormEvent) => {
    event.preventDefault()
    const quantity = parseCount(text)
    if (quantity === null) setProblem(t("notWhole"))
    else if (quantity < level.reserved_quantity) setProblem(t("belowReserved", { reserved: level.reserved_quantity }))
    else if (quantity === level.stocked_quantity) setProblem(t("sameCount"))
    else {
      setProblem(null)
      setConfirming(quantity)
    }
  }

  const confirm = (quantity: number) =>
    setStock.mutate(
      { variantId, locationId: level.location_id, quantity, reason },
      {
        onSuccess: ({ stock_change }) => onSaved({ from: stock_change.from_quantity, to: stock_change.to_quantity }),
        onError: (error) => {
          setProblem(errorText(error))
          setConfirming(null)
        },
      }
    )

  if (confirming !== null) {
    return (
      <div className="coop-editor" role="group" aria-labelledby={`${id}-question`}>
        <p id={`${id}-question`} ref={questionRef} tabIndex={-1} className="coop-editor__question">
          {t("confirmQuestion", { from: level.stocked_quantity, to: confirming })}
        </p>
        {reason.trim() && <p className="coop-muted">{t("confirmReason", { reason: reason.trim() })}</p>}
        <div className="coop-actions">
          <button type="button" className="coop-button" onClick={() => confirm(confirming)} disabled={setStock.isPending}>
            {setStock.isPending ? t("saving") : t("confirmYes")}
          </button>
          <button type="button" className="coop-button coop-button--quiet" onClick={() => setConfirming(null)} disabled={setStock.isPending}>
            {t("back")}
          </button>
        </div>
      </div>
    )
  }

  return (
    <form className="coop-editor" onSubmit={review} noValidate>
      <div className="coop-field">
        <label htmlFor={`${id}-count`}>{t("newCount")}</label>
        <div className="coop-stepper">
          <button type="button" className="coop-stepper__button" aria-label={t("decrease")} onClick={() => step(-1)}>
            −
          </button>
          <input
            ref={inputRef}
            id={`${id}-count`}
            className="control coop-stepper__input"
            type="text"
            inputMode="numeric"
            pattern="[0-9]*"
            autoComplete="off"
            value={text}
            onChange={(event) => {
              setText(event.target.value)
              setProblem(null)
            }}
            aria-invalid={problem !== null}
            aria-describedby={problem ? `${id}-problem` : undefined}
          />
          <button type="button" className="coop-stepper__button" aria-label={t("increase")} onClick={() => step(1)}>
            +
          </button>
        </div>
      </div>
      <div className="coop-field">
        <label htmlFor={`${id}-reason`}>{t("reasonLabel")}</label>
        <input id={`${id}-reason`} className="control" type="text" maxLength={500} value={reason} onChange={(event) => setReason(event.target.value)} aria-describedby={`${id}-reason-hint`} />
        <p id={`${id}-reason-hint`} className="hint">
          {t("reasonHint")}
        </p>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="problem" role="alert">
          {problem}
        </p>
      )}
      <div className="coop-actions">
        <button type="submit" className="coop-button">
          {t("continue")}
        </button>
        <button type="button" className="coop-button coop-button--quiet" onClick={onCancel}>
          {t("cancel")}
        </button>
      </div>
    </form>
  )
}
