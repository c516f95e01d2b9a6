import { SkeletonLines, SkeletonList } from "@/components/skeleton"
import { useMessages } from "@/lib/i18n"
import { portalMessages } from "../messages"

/** Grey cards where a list will be: cheap to draw, and the page does not jump when it arrives. */
export function PortalSkeleton({ cards = 3 }: { cards?: number }) {
  const t = useMessages(portalMessages)
  return (
    <SkeletonList label={t("loading")} count={cards} className="stack-list coop-list" itemClassName="panel coop-card">
      <SkeletonLines short={2} />
    </SkeletonList>
  )
}
