import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { homeMessages } from "../messages"
import "./home.css"

export function Mission() {
  const t = useMessages(homeMessages)
  return (
    <section className="mission" aria-labelledby="mission-title">
      <h1 id="mission-title">{t("missionTitle")}</h1>
      <p>{t("missionBody")}</p>
      <div className="mission__actions">
        <Link className="button mission__cta" to="/shop">
          {t("shopCta")}
        </Link>
        <Link className="mission__link" to="/cooperatives">
          {t("cooperativesCta")}
        </Link>
      </div>
    </section>
  )
}
