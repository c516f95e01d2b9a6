import { useMessages } from "@/lib/i18n"
import { portalMessages } from "../messages"

/** Grey cards where a list will be: cheap to draw, and the page does not jump when it arrives. */
export function PortalSkeleton({ cards = 3 }: { cards?: number }) {
  const t = useMessages(portalMessages)
  return (
    <>
      <p role="status" className="visually-hidden">
        {t("loading")}
      </p>
      <ul className="stack-list coop-list" aria-hidden="true">
        {Array.from({ length: cards }, (_, index) => (
          <li key={index} className="panel coop-card">
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--line skeleton--short" />
            <div className="skeleton skeleton--line skeleton--short" />
          </li>
        ))}
      </ul>
    </>
  )
}
