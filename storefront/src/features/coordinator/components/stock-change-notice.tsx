import { useEffect, useRef } from "react"
import { useMessages } from "@/lib/i18n"
import { useSetStock } from "../api/set-stock"
import { useStockErrorText } from "../hooks/use-stock-error-text"
import { inventoryMessages } from "../inventory-messages"

export interface LastChange {
  variantId: string
  locationId: string
  item: string
  from: number
  to: number
  undone: boolean
}

interface StockChangeNoticeProps {
  change: LastChange
  onUndone: () => void
}

/** What was just saved, and the way back: the same route, asked for the count before. */
export function StockChangeNotice({ change, onUndone }: StockChangeNoticeProps) {
  const t = useMessages(inventoryMessages)
  const errorText = useStockErrorText()
  const undo = useSetStock()
  const ref = useRef<HTMLDivElement>(null)

  // The editor that had focus is gone; the news of what happened takes it.
  useEffect(() => {
    ref.current?.focus()
  }, [change.undone])

  const revert = () =>
    undo.mutate(
      { variantId: change.variantId, locationId: change.locationId, quantity: change.from, reason: t("undoReason") },
      { onSuccess: onUndone }
    )

  return (
    <div ref={ref} tabIndex={-1} className="coop-notice coop-notice--success" role="status">
      <p>
        {change.undone
          ? t("undone", { item: change.item, to: change.from })
          : t("changed", { item: change.item, from: change.from, to: change.to })}
      </p>
      {!change.undone && (
        <button type="button" className="coop-button coop-button--quiet" onClick={revert} disabled={undo.isPending}>
          {undo.isPending ? t("undoing") : t("undo")}
        </button>
      )}
      {undo.isError && (
        <p className="problem" role="alert">
          {errorText(undo.error)}
        </p>
      )}
    </div>
  )
}
