import { useQuery } from "@tanstack/react-query"
import type { Language } from "@/lib/i18n"
import { getMedusa } from "@/lib/medusa"
import { isNotFoundError } from "@/lib/store-errors"
import { TRUST_PAGE_STALE_MS, trustPageKeys } from "./query-keys"

export interface TrustPage {
  slug: string
  locale: string
  title: string
  summary: string
  /** Plain text: blank lines between paragraphs, "- " list items. */
  body: string
  updated_at: string
}

/** Null for a page the store does not have (an old or mistyped link). */
export async function getTrustPage(slug: string, language: Language): Promise<TrustPage | null> {
  const sdk = await getMedusa()
  try {
    const { trust_page } = await sdk.client.fetch<{ trust_page: TrustPage }>(`/store/trust-pages/${encodeURIComponent(slug)}`, {
      query: { locale: language },
    })
    return trust_page
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

export function useTrustPage(slug: string, language: Language) {
  return useQuery({ queryKey: trustPageKeys.page(slug, language), queryFn: () => getTrustPage(slug, language), staleTime: TRUST_PAGE_STALE_MS })
}
