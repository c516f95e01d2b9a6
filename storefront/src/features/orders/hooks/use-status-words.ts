import { useCallback } from "react"
import { useMessages } from "@/lib/i18n"
import type { PaidWith } from "@/lib/payment-providers"
import { orderStatusMessages, paymentStatusMessages } from "../messages"

type StatusKey = keyof typeof orderStatusMessages.en

/** Medusa's statuses in words; an unknown one is shown as sent. */
export function useStatusWords() {
  const status = useMessages(orderStatusMessages)
  const payment = useMessages(paymentStatusMessages)
  const word = useCallback((value: string) => (Object.hasOwn(orderStatusMessages.en, value) ? status(value as StatusKey) : value), [status])
  /**
   * Medusa's payment statuses are the same for both ways to pay, but
   * "authorized" means "waiting for your transfer" for a bank transfer (staff
   * capture it when the money arrives) and "the card is good for it" for a
   * card. Until the way is known, neither is claimed.
   */
  const paymentWord = useCallback(
    (value: string, how: PaidWith) => {
      const waiting = value === "authorized" || value === "awaiting" || value === "not_paid"
      if (how === "card") {
        if (value === "captured") return payment("cardCaptured")
        if (value === "authorized") return payment("cardAuthorized")
        if (waiting) return payment("cardPending")
      }
      if (how === "unknown" && waiting) return payment("pending")
      return word(value)
    },
    [payment, word]
  )
  return { word, paymentWord }
}
