import { useMessages } from "@/lib/i18n"
import { cartMessages } from "../messages"

export function CartSkeleton({ lines = 2 }: { lines?: number }) {
  const t = useMessages(cartMessages)
  return (
    <>
      <p role="status" className="visually-hidden">
        {t("loading")}
      </p>
      <ul className="cart-lines" aria-hidden="true" data-testid="cart-skeleton">
        {Array.from({ length: lines }, (_, index) => (
          <li key={index} className="cart-line">
            <div className="cart-line__image skeleton" />
            <div className="cart-line__body">
              <div className="skeleton skeleton--line" />
              <div className="skeleton skeleton--line skeleton--short" />
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
