import { useLayoutEffect } from "react"
import { chosenLanguage, useLanguage, type Language } from "@/lib/i18n"

/** The portal's readers are in El Salvador: Spanish unless a language was chosen on this device. */
export function portalLanguage(): Language {
  return chosenLanguage() ?? "es"
}

/**
 * Puts the portal in its language (see portalLanguage). Run before paint, so
 * the first screen never flashes English.
 */
export function usePortalLanguage() {
  const { setLanguage } = useLanguage()
  useLayoutEffect(() => {
    if (chosenLanguage() === undefined) setLanguage(portalLanguage())
  }, [setLanguage])
}
