/**
 * What every page needs to price and word things: the buyer's region (and so
 * currency and countries) and language. The app composes features; pages
 * read this and hand plain values to the features they show.
 */
import { createContext, useContext, type ReactNode } from "react"
import type { Region } from "@/features/regions/api/get-regions"
import { useSelectedRegion } from "@/features/regions/hooks/use-selected-region"
import { useLanguage, type Language } from "@/lib/i18n"

interface ShopState {
  regionsQuery: ReturnType<typeof useSelectedRegion>["regionsQuery"]
  regions: Region[]
  /** Undefined until the regions have loaded. */
  region: Region | undefined
  selectRegion: (id: string) => void
  language: Language
  setLanguage: (language: Language) => void
  /** For Intl number, currency and date formats. */
  locale: string
}

const ShopContext = createContext<ShopState | null>(null)

export function ShopProvider({ children }: { children: ReactNode }) {
  const { language, setLanguage, locale } = useLanguage()
  // The browser's own locale picks the first-visit region (a Spanish speaker in Canada ships to Canada).
  const { regionsQuery, regions, region, selectRegion } = useSelectedRegion(navigator.language || "en-US")
  return (
    <ShopContext.Provider value={{ regionsQuery, regions, region, selectRegion, language, setLanguage, locale }}>
      {children}
    </ShopContext.Provider>
  )
}

export function useShop(): ShopState {
  const state = useContext(ShopContext)
  if (!state) throw new Error("useShop needs a ShopProvider above it")
  return state
}
