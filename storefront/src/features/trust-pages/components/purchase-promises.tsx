import { Link } from "react-router-dom"
import { useLanguage, useMessages } from "@/lib/i18n"
import { useTrustPages } from "../api/get-trust-pages"
import { trustPageMessages } from "../messages"
import "../trust-pages.css"

/**
 * Beside Add to cart: when the craft arrives and how to return it, in the
 * words staff gave the shipping and returns pages, each linking to its
 * page. Until the summaries arrive (or if they cannot) only the links show:
 * the buyer can still read the pages and the purchase is never held up.
 */
export function PurchasePromises() {
  const t = useMessages(trustPageMessages)
  const { language } = useLanguage()
  const pages = useTrustPages(language)
  const summaryOf = (slug: string) => pages.data?.find((page) => page.slug === slug)?.summary
  const rows = [
    { slug: "shipping", label: t("delivery"), link: t("shippingLink") },
    { slug: "returns", label: t("returnsLabel"), link: t("returnsLink") },
  ]
  return (
    <section className="purchase-promises" aria-label={t("promises")}>
      <dl>
        {rows.map((row) => (
          <div key={row.slug} className="purchase-promises__row">
            <dt>{row.label}</dt>
            <dd>
              {summaryOf(row.slug) && <span>{summaryOf(row.slug)} </span>}
              <Link to={`/pages/${row.slug}`}>{row.link}</Link>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
