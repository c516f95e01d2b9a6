import { PageIntro } from "@/components/page-intro"
import { useMessages } from "@/lib/i18n"
import { cooperativeMessages } from "../messages"
import "./cooperatives.css"

export function CooperativeDirectoryHeader() {
  const t = useMessages(cooperativeMessages)
  return <PageIntro className="directory-header" title={t("directoryTitle")} intro={t("directoryIntro")} />
}
