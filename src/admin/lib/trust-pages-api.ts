/**
 * Typed access to the trust pages' admin routes: every page with both
 * languages, and saving one page's text.
 */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { TrustPageLocale, TrustPageSlug, TrustPageText } from "../../lib/trust-pages"
import { postJson } from "./post-json"
import { sdk } from "./sdk"

export type TrustPageLanguage = TrustPageText & { updated_at: string; updated_by: string | null }
export type AdminTrustPage = { slug: TrustPageSlug } & Partial<Record<TrustPageLocale, TrustPageLanguage>>
export type TrustPageBody = Partial<Record<TrustPageLocale, TrustPageText>>

export const trustPageKeys = {
  all: ["trust-pages"] as const,
  list: () => [...trustPageKeys.all, "list"] as const,
}

export function useTrustPages() {
  return useQuery({
    queryKey: trustPageKeys.list(),
    queryFn: () => sdk.client.fetch<{ trust_pages: AdminTrustPage[] }>("/admin/trust-pages"),
  })
}

export function useSaveTrustPage() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ slug, body }: { slug: TrustPageSlug; body: TrustPageBody }) =>
      postJson<{ trust_page: AdminTrustPage }>(`/admin/trust-pages/${slug}`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: trustPageKeys.all }),
  })
}
