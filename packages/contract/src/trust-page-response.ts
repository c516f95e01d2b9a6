/** The trust pages as GET/POST /admin/trust-pages[/:slug] answer them: one page with its languages side by side. */
import type { TrustPageLocale, TrustPageSlug, TrustPageText } from "./trust-page"

export type AdminTrustPageLanguage = TrustPageText & { updated_at: string; updated_by: string | null }
/** A language the page has no text in yet is absent. */
export type AdminTrustPage = { slug: TrustPageSlug } & Partial<Record<TrustPageLocale, AdminTrustPageLanguage>>

/** GET /admin/trust-pages, in the storefront's footer order */
export type AdminTrustPageListResponse = { trust_pages: AdminTrustPage[] }
/** GET /admin/trust-pages/:slug, POST /admin/trust-pages/:slug */
export type AdminTrustPageResponse = { trust_page: AdminTrustPage }
