import { useCallback } from "react"
import { useMessages } from "@/lib/i18n"
import { CoordinatorApiError } from "../api/client"
import { portalMessages } from "../messages"

/** A sentence in the reader's language, keeping the server's own words when it gave some. */
export function useDescribeError() {
  const t = useMessages(portalMessages)
  return useCallback(
    (error: unknown) => {
      if (error instanceof CoordinatorApiError && error.status > 0) {
        return t("errorServer", { status: error.status, message: error.message })
      }
      if (error instanceof CoordinatorApiError || error instanceof TypeError) return t("errorNetwork")
      return error instanceof Error ? error.message : t("errorNetwork")
    },
    [t]
  )
}
