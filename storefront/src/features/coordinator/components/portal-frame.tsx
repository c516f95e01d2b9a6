import { useEffect, type ReactNode } from "react"
import { LanguageSelect } from "@/components/language-select"
import { useLanguage, useMessages } from "@/lib/i18n"
import { portalLanguage, usePortalLanguage } from "../hooks/use-portal-language"
import { portalMessages } from "../messages"
import "../coordinator.css"

interface PortalFrameProps {
  children: ReactNode
  /** Shown only while signed in. */
  onLogout?: () => void
}

/** The portal's own light header: no buyer navigation, region or cart, nothing a coordinator's phone must load for nothing. */
export function PortalFrame({ children, onLogout }: PortalFrameProps) {
  usePortalLanguage()
  const t = useMessages(portalMessages)
  const { language, setLanguage } = useLanguage()
  const title = `${t("portalName")} · CIS`
  useEffect(() => {
    const before = document.title
    document.title = title
    return () => {
      document.title = before
    }
  }, [title])
  return (
    <div className="coop">
      <a className="skip-link" href="#coop-main">
        {t("skip")}
      </a>
      <header className="coop-header">
        <p className="coop-header__brand">
          {t("brand")}
          <span className="coop-header__portal">{t("portalName")}</span>
        </p>
        <div className="coop-header__tools">
          <label className="coop-header__language">
            <span className="visually-hidden">{t("language")}</span>
            <LanguageSelect value={language} onChange={setLanguage} />
          </label>
          {onLogout && (
            <button type="button" className="coop-button coop-button--quiet" onClick={onLogout}>
              {t("logout")}
            </button>
          )}
        </div>
      </header>
      <main id="coop-main" className="coop-main" tabIndex={-1}>
        {/* Not before the portal's language is set (a layout effect, before paint): the pages would ask for their crafts in another. */}
        {language === portalLanguage() && children}
      </main>
    </div>
  )
}
