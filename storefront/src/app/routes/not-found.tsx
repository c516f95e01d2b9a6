import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { appMessages } from "../messages"

export function Component() {
  const t = useMessages(appMessages)
  return (
    <div className="state">
      <h1 className="state__title">{t("notFoundTitle")}</h1>
      <p>
        <Link to="/shop">{t("notFoundBody")}</Link>
      </p>
    </div>
  )
}
