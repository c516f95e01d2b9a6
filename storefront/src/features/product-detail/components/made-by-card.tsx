import { Link } from "react-router-dom"
import { TitledSection } from "@/components/titled-section"
import { departmentName, producerGroupMessages } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import type { CooperativeSummary } from "../api/get-product-by-handle"
import { productDetailMessages } from "../messages"

interface MadeByCardProps {
  cooperative: CooperativeSummary
}

export function MadeByCard({ cooperative }: MadeByCardProps) {
  const t = useMessages(productDetailMessages)
  const groupName = useMessages(producerGroupMessages)
  const groups = cooperative.producer_groups ?? []
  return (
    <TitledSection className="panel product-card-panel made-by" headingId="made-by-heading" title={t("madeBy")}>
      <p className="made-by__name">
        <Link to={`/cooperatives/${encodeURIComponent(cooperative.handle)}`}>{cooperative.name}</Link>
      </p>
      {groups.length > 0 && (
        <ul className="made-by__groups" aria-label={t("producerGroups")}>
          {groups.map((group) => (
            <li key={group}>{groupName(group)}</li>
          ))}
        </ul>
      )}
      {cooperative.department && <p>{t("department", { department: departmentName(cooperative.department) })}</p>}
    </TitledSection>
  )
}
