import { NotFoundState } from "@/components/not-found-state"
import { useMessages } from "@/lib/i18n"
import { appMessages } from "../messages"

export function Component() {
  const t = useMessages(appMessages)
  return <NotFoundState title={t("notFoundTitle")} body={t("notFoundBody")} />
}
