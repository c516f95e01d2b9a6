import { useMessages } from "@/lib/i18n"
import { cooperativeMessages } from "../messages"
import "./cooperatives.css"

export function CooperativeDirectoryHeader() {
  const t = useMessages(cooperativeMessages)
  return (
    <div className="directory-header">
      <h1>{t("directoryTitle")}</h1>
      <p>{t("directoryIntro")}</p>
    </div>
  )
}
