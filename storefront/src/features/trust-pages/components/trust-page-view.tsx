import { ErrorState } from "@/components/error-state"
import { NotFoundState } from "@/components/not-found-state"
import { format, useLanguage, useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useTrustPage } from "../api/get-trust-page"
import { trustPageMessages } from "../messages"
import { TrustPageBody } from "./trust-page-body"
import "../trust-pages.css"

/** /pages/:slug: about CIS, shipping, returns, privacy or contact, in the buyer's language, as staff last wrote it. */
export function TrustPageView({ slug }: { slug: string }) {
  const t = useMessages(trustPageMessages)
  const { language, locale } = useLanguage()
  const page = useTrustPage(slug, language)

  if (page.isPending) return <p className="state" role="status">{t("loading")}</p>
  if (page.isError) return <ErrorState title={t("loadError")} {...retryOf(page)} />
  if (!page.data) {
    return <NotFoundState title={t("notFoundTitle")} body={t("notFoundBody")} />
  }
  const updated = new Date(page.data.updated_at)
  return (
    <article className="trust-page" lang={page.data.locale}>
      <h1>{page.data.title}</h1>
      <TrustPageBody body={page.data.body} />
      {!Number.isNaN(updated.getTime()) && (
        <p className="trust-page__updated">{format(t("updated"), { date: updated.toLocaleDateString(locale, { dateStyle: "long" }) })}</p>
      )}
    </article>
  )
}
