import type { Language } from "@/lib/i18n"

export const trustPageKeys = {
  all: ["trust-pages"] as const,
  lists: () => [...trustPageKeys.all, "list"] as const,
  list: (language: Language) => [...trustPageKeys.lists(), language] as const,
  page: (slug: string, language: Language) => [...trustPageKeys.all, "page", slug, language] as const,
}

/** Staff edit these a few times a year; a page read a few minutes ago is fresh enough. */
export const TRUST_PAGE_STALE_MS = 5 * 60_000
