/**
 * Typed access to the trust pages' admin routes: every page with both
 * languages, and saving one page's text.
 */
import { useQuery } from "@tanstack/react-query"
import type { TrustPageLocale, TrustPageSlug, TrustPageText } from "../../lib/trust-pages"
import type { AdminTrustPage, AdminTrustPageListResponse, AdminTrustPageResponse } from "@cis/contract/trust-page-response"
import { postJson } from "./post-json"
import { useRefreshingMutation } from "./queries"
import { sdk } from "./sdk"

// The routes' own answers, from the contract.
export type { AdminTrustPage }
export type TrustPageBody = Partial<Record<TrustPageLocale, TrustPageText>>

export const trustPageKeys = {
  all: ["trust-pages"] as const,
  list: () => [...trustPageKeys.all, "list"] as const,
}

export function useTrustPages() {
  return useQuery({
    queryKey: trustPageKeys.list(),
    queryFn: () => sdk.client.fetch<AdminTrustPageListResponse>("/admin/trust-pages"),
  })
}

export function useSaveTrustPage() {
  return useRefreshingMutation(
    ({ slug, body }: { slug: TrustPageSlug; body: TrustPageBody }) => postJson<AdminTrustPageResponse>(`/admin/trust-pages/${slug}`, body),
    [trustPageKeys.all]
  )
}
