import { useCallback } from "react"
import { useMessages } from "@/lib/i18n"
import { CoordinatorApiError } from "../api/client"
import { inventoryMessages } from "../inventory-messages"
import { reservedFloor } from "../utils/stock-count"
import { useDescribeError } from "./use-describe-error"

/** Why a stock change was refused, in words a coordinator can act on. */
export function useStockErrorText() {
  const t = useMessages(inventoryMessages)
  const describe = useDescribeError()
  return useCallback(
    (error: unknown) => {
      if (error instanceof CoordinatorApiError) {
        const floor = error.status === 400 ? reservedFloor(error.message) : null
        if (floor !== null) return t("refusedReserved", { n: floor })
        if (error.status === 404) return t("refusedGone")
      }
      return t("notSaved", { detail: describe(error) })
    },
    [t, describe]
  )
}
