import { SkeletonLines, SkeletonList } from "@/components/skeleton"
import { useMessages } from "@/lib/i18n"
import { cartMessages } from "../messages"

export function CartSkeleton({ lines = 2 }: { lines?: number }) {
  const t = useMessages(cartMessages)
  return (
    <SkeletonList label={t("loading")} count={lines} className="cart-lines" itemClassName="cart-line" testId="cart-skeleton">
      <div className="cart-line__image skeleton" />
      <div className="cart-line__body">
        <SkeletonLines />
      </div>
    </SkeletonList>
  )
}
