import { PageIntro } from "@/components/page-intro"
import { useMessages } from "@/lib/i18n"
import { catalogMessages } from "../messages"
import "./catalog.css"

export function CatalogHeader() {
  const t = useMessages(catalogMessages)
  return <PageIntro className="catalog-header" title={t("title")} intro={t("intro")} />
}
