import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { TitledSection } from "@/components/titled-section"
import { PRODUCER_GROUPS } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useCooperatives } from "../api/get-cooperatives"
import { cooperativeMessages } from "../messages"
import "./cooperatives.css"

// The store's maximum page: every cooperative, so each group's list is whole.
const ALL = { limit: 100, offset: 0 }

/** The cooperatives under each producer group; one that is several appears under each. */
export function CooperativesByGroup() {
  const t = useMessages(cooperativeMessages)
  const list = useCooperatives(ALL)

  let content
  if (list.isPending) {
    content = (
      <div className="by-group" aria-hidden="true">
        {PRODUCER_GROUPS.map((group) => (
          <div key={group} className="surface by-group__column">
            <div className="skeleton skeleton--line" />
            <div className="skeleton skeleton--line skeleton--short" />
          </div>
        ))}
      </div>
    )
  } else if (list.isError) {
    content = <ErrorState title={t("listError")} {...retryOf(list)} />
  } else {
    const { cooperatives } = list.data
    content = (
      <div className="by-group">
        {PRODUCER_GROUPS.map((group) => {
          const members = cooperatives.filter((cooperative) => cooperative.producer_groups.includes(group))
          return (
            <section key={group} className="surface by-group__column" aria-labelledby={`by-group-${group}`}>
              <h3 id={`by-group-${group}`}>{t(`groupHeading_${group}`)}</h3>
              {members.length === 0 ? (
                <p>{t("groupEmpty")}</p>
              ) : (
                <ul className="by-group__list">
                  {members.map((cooperative) => (
                    <li key={cooperative.id}>
                      <Link to={`/cooperatives/${encodeURIComponent(cooperative.handle)}`}>{cooperative.name}</Link>
                      <span className="by-group__place">{cooperative.municipality}</span>
                    </li>
                  ))}
                </ul>
              )}
              <Link className="by-group__all" to={`/cooperatives?group=${group}`}>
                {t(`seeGroup_${group}`)}
              </Link>
            </section>
          )
        })}
      </div>
    )
  }

  return (
    <TitledSection className="by-group-section" headingId="by-group-title" title={t("byGroupTitle")}>
      <p className="by-group-section__intro">{t("byGroupIntro")}</p>
      {content}
    </TitledSection>
  )
}
