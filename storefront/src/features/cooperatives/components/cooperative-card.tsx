import { Link } from "react-router-dom"
import { departmentName } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import type { StoreCooperative as Cooperative } from "@cis/contract/cooperative"
import { cooperativeMessages } from "../messages"
import { ProducerGroupTags } from "./producer-group-tags"
import "./cooperatives.css"

export function CooperativeCard({ cooperative }: { cooperative: Cooperative }) {
  const t = useMessages(cooperativeMessages)
  return (
    <article className="surface link-card cooperative-card">
      {cooperative.image_url && (
        // The banner is decoration; the name and place below say who and where.
        <img className="cooperative-card__image" src={cooperative.image_url} alt="" width={640} height={240} loading="lazy" decoding="async" />
      )}
      <div className="cooperative-card__body">
        <h3 className="cooperative-card__name">
          <Link className="cooperative-card__link" to={`/cooperatives/${encodeURIComponent(cooperative.handle)}`}>
            {cooperative.name}
          </Link>
        </h3>
        <p className="cooperative-card__place">
          {t("place", { municipality: cooperative.municipality, department: departmentName(cooperative.department) })}
        </p>
        <ProducerGroupTags groups={cooperative.producer_groups} label={t("groups")} />
        {cooperative.crafts && cooperative.crafts.length > 0 && (
          <p className="cooperative-card__crafts">
            <span className="visually-hidden">{t("crafts")}: </span>
            {cooperative.crafts.join(" · ")}
          </p>
        )}
      </div>
    </article>
  )
}
