import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { TRUST_PAGE_LINKS, trustPageMessages } from "../messages"
import "../trust-pages.css"

/** The footer's links to the trust pages: words from the storefront's own messages, so the footer asks the API for nothing. */
export function TrustLinks() {
  const t = useMessages(trustPageMessages)
  return (
    <nav aria-label={t("footerNav")} className="trust-links">
      <ul>
        {TRUST_PAGE_LINKS.map((slug) => (
          <li key={slug}>
            <Link to={`/pages/${slug}`}>{t(slug)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
