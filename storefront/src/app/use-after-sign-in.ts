import { useNavigate, useSearchParams } from "react-router-dom"
import { useTransferGuestCart } from "@/features/cart/api/transfer-cart"

/** Only the shop's own pages: a `next` naming another site would make the sign-in page an open redirect. */
function safeNext(next: string | null): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/account"
}

/**
 * Once signed in (or signed up): the guest cart moves into the account, then
 * the buyer goes where they were headed (`?next=/checkout`) or to the account.
 * A transfer that fails for want of a network still lets them in; the cart
 * stays a guest cart and checkout works as before.
 */
export function useAfterSignIn() {
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const transfer = useTransferGuestCart()
  return async () => {
    try {
      await transfer()
    } finally {
      navigate(safeNext(params.get("next")), { replace: true })
    }
  }
}
