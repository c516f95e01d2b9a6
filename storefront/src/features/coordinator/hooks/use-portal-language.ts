import { useLayoutEffect } from "react"
import { useLanguage } from "@/lib/i18n"
import { readStored } from "@/lib/local-storage"

// The key src/lib/i18n.tsx remembers a chosen language under.
const LANGUAGE_KEY = "cis-crafts.language"

/**
 * The portal's readers are in El Salvador: Spanish unless a language was
 * chosen before. Run before paint, so the first screen never flashes English.
 */
export function usePortalLanguage() {
  const { setLanguage } = useLanguage()
  useLayoutEffect(() => {
    if (readStored(LANGUAGE_KEY) === null) setLanguage("es")
  }, [setLanguage])
}
