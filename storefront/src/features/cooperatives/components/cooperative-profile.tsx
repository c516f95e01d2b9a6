import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { Fact } from "@/components/fact"
import { MissingRecordState } from "@/components/not-found-state"
import { SkeletonBlock, SkeletonLines } from "@/components/skeleton"
import { departmentName } from "@/lib/cooperative-terms"
import { useMessages, type Language } from "@/lib/i18n"
import type { StoreCooperative as Cooperative } from "@cis/contract/cooperative"
import { cooperativeMessages } from "../messages"
import { isNotFound } from "../utils/is-not-found"
import { pickStory } from "../utils/story-paragraphs"
import { DepartmentMap } from "./department-map"
import { ProducerGroupTags } from "./producer-group-tags"
import "./cooperatives.css"

interface CooperativeProfileProps {
  cooperative: Cooperative
  language: Language
  locale: string
}

/** "https://www.example.org/about" -> "www.example.org": the address people recognise. */
function siteName(website: string) {
  try {
    return new URL(website).host
  } catch {
    return website
  }
}

export function CooperativeProfile({ cooperative, language, locale }: CooperativeProfileProps) {
  const t = useMessages(cooperativeMessages)
  const story = pickStory(cooperative, language)
  const place = t("place", { municipality: cooperative.municipality, department: departmentName(cooperative.department) })
  return (
    <article className="cooperative-profile">
      <div className="cooperative-profile__header">
        {cooperative.image_url && (
          <img className="cooperative-profile__banner" src={cooperative.image_url} alt="" width={1280} height={480} decoding="async" />
        )}
        <h1 className="cooperative-profile__name">{cooperative.name}</h1>
        <p className="cooperative-profile__place">{place}</p>
        <ProducerGroupTags groups={cooperative.producer_groups} label={t("groups")} />
      </div>

      <div className="cooperative-profile__columns">
        <section className="cooperative-profile__story" aria-labelledby="cooperative-story">
          <h2 id="cooperative-story">{t("storyTitle")}</h2>
          {story.language !== language && <p className="cooperative-profile__note">{t("storyOtherLanguage")}</p>}
          <div lang={story.language}>
            {story.paragraphs.map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>

        <aside className="cooperative-profile__facts" aria-label={cooperative.name}>
          <dl className="facts">
            {cooperative.member_count != null && (
              <Fact term={t("members")}>{new Intl.NumberFormat(locale).format(cooperative.member_count)}</Fact>
            )}
            {cooperative.founded_year != null && (
              <Fact term={t("founded")}>{cooperative.founded_year}</Fact>
            )}
            {cooperative.website && (
              <div>
                <dt>{t("website")}</dt>
                <dd>
                  <a href={cooperative.website} rel="noopener noreferrer">
                    {siteName(cooperative.website)}
                  </a>
                </dd>
              </div>
            )}
            {cooperative.crafts && cooperative.crafts.length > 0 && (
              <div>
                <dt>{t("crafts")}</dt>
                <dd>
                  <ul className="facts__crafts">
                    {cooperative.crafts.map((craft) => (
                      <li key={craft}>{craft}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          <h2 className="cooperative-profile__where">{t("whereTitle")}</h2>
          <DepartmentMap highlighted={cooperative.department} />
          <p>{place}</p>
          <Link className="button cooperative-profile__shop" to={`/shop?cooperative=${encodeURIComponent(cooperative.id)}`}>
            {t("shopTheirCrafts")}
          </Link>
        </aside>
      </div>
    </article>
  )
}

export function CooperativeProfileSkeleton() {
  const t = useMessages(cooperativeMessages)
  return (
    <div className="cooperative-profile">
      <SkeletonBlock label={t("loadingProfile")} className="cooperative-profile__header">
        <div className="skeleton cooperative-profile__banner" />
        <SkeletonLines />
      </SkeletonBlock>
    </div>
  )
}

export function CooperativeNotFound() {
  const t = useMessages(cooperativeMessages)
  return <MissingRecordState title={t("notFoundTitle")} body={t("notFoundBody")} backTo="/cooperatives" backLabel={t("backToList")} />
}

interface CooperativeProfileErrorProps {
  error: unknown
  onRetry: () => void
  retrying: boolean
}

/** An unknown handle is a wrong link, said kindly with a way on; anything else may pass, so Retry. */
export function CooperativeProfileError({ error, onRetry, retrying }: CooperativeProfileErrorProps) {
  const t = useMessages(cooperativeMessages)
  if (isNotFound(error)) return <CooperativeNotFound />
  return <ErrorState title={t("profileError")} error={error} onRetry={onRetry} retrying={retrying} />
}
