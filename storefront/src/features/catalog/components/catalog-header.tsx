import { useMessages } from "@/lib/i18n"
import { catalogMessages } from "../messages"
import "./catalog.css"

export function CatalogHeader() {
  const t = useMessages(catalogMessages)
  return (
    <div className="catalog-header">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
    </div>
  )
}
