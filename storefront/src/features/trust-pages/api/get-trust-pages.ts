import { useQuery } from "@tanstack/react-query"
import type { Language } from "@/lib/i18n"
import { getMedusa } from "@/lib/medusa"
import { TRUST_PAGE_STALE_MS, trustPageKeys } from "./query-keys"

export interface TrustPageSummary {
  slug: string
  title: string
  summary: string
}

export async function getTrustPages(language: Language): Promise<TrustPageSummary[]> {
  const sdk = await getMedusa()
  const { trust_pages } = await sdk.client.fetch<{ trust_pages: TrustPageSummary[] }>("/store/trust-pages", { query: { locale: language } })
  return trust_pages
}

export function useTrustPages(language: Language) {
  return useQuery({ queryKey: trustPageKeys.list(language), queryFn: () => getTrustPages(language), staleTime: TRUST_PAGE_STALE_MS })
}
