/**
 * English and Spanish, switchable and remembered. Each feature keeps its own
 * messages beside its code (`defineMessages`), so no feature reaches into
 * another's words; `useMessages` picks the language in use.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react"
import { CATALOG_ENGLISH_LOCALE, CATALOG_SPANISH_LOCALE } from "@cis/contract/catalog-locales"
import { readStored, writeStored } from "@/lib/local-storage"

export const LANGUAGES = ["en", "es"] as const
export type Language = (typeof LANGUAGES)[number]
const STORAGE_KEY = "cis-crafts.language"

/** Spanish for any Spanish-speaking browser, English otherwise. */
export function pickLanguage(browserLanguage: string | undefined): Language {
  return browserLanguage?.toLowerCase().startsWith("es") ? "es" : "en"
}

type Catalog = Record<string, string>
/** A message may carry {placeholders}; both languages must have the same keys. */
export function defineMessages<const T extends Catalog>(messages: { en: T; es: { [K in keyof T]: string } }) {
  return messages
}

/** Fills {name} placeholders; an unknown one is left visible rather than silently dropped. */
export function format(message: string, values: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}

interface LanguageState {
  language: Language
  /** The BCP 47 locale for Intl: the language with the browser's region when it has one. */
  locale: string
  setLanguage: (language: Language) => void
}

const LanguageContext = createContext<LanguageState | null>(null)

/** The language the reader chose on this device, if they ever did (the switch remembers it). */
export function chosenLanguage(): Language | undefined {
  const stored = readStored(STORAGE_KEY)
  return LANGUAGES.includes(stored as Language) ? (stored as Language) : undefined
}

/** The language a visit starts in: the one chosen before, else the browser's. */
export function startingLanguage(): Language {
  return chosenLanguage() ?? pickLanguage(navigator.language)
}

export function LanguageProvider({ children, initial }: { children: ReactNode; initial?: Language }) {
  const [language, setState] = useState<Language>(() => initial ?? startingLanguage())
  const setLanguage = useCallback((next: Language) => {
    writeStored(STORAGE_KEY, next)
    setState(next)
  }, [])
  useEffect(() => {
    document.documentElement.lang = language
  }, [language])
  const value = useMemo(() => ({ language, locale: localeFor(language, navigator.language), setLanguage }), [language, setLanguage])
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
}

/** The page's language as the provider last set it on <html lang>, for code outside React's tree of hooks. */
export function pageLanguage(): Language {
  return typeof document !== "undefined" && document.documentElement.lang === "es" ? "es" : "en"
}

/** "es" in a US browser formats as es-US; otherwise the language's main locale. */
export function localeFor(language: Language, browserLanguage: string | undefined): string {
  const [browserLang, browserRegion] = (browserLanguage ?? "").split("-")
  if (browserLang?.toLowerCase() === language && browserRegion) return `${language}-${browserRegion.toUpperCase()}`
  return language === "es" ? "es-SV" : "en-US"
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext)
  if (!state) throw new Error("useLanguage needs a LanguageProvider above it")
  return state
}

/** The Intl locale in use (en-US outside a provider). */
export function useLocale(): string {
  return useContext(LanguageContext)?.locale ?? "en-US"
}

/** `t("key", { n: 2 })` in the language in use (English outside a provider, e.g. in the crash fallback). */
export function useMessages<T extends Catalog>(messages: { en: T; es: { [K in keyof T]: string } }) {
  const language = useContext(LanguageContext)?.language ?? "en"
  return useCallback(
    (key: keyof T & string, values?: Record<string, string | number>) => format(messages[language][key] ?? String(key), values),
    [messages, language]
  )
}

/** The locale to ask the store API for catalog text in (Medusa's translations); English is the catalog's own. */
export function catalogLocaleFor(language: Language): string | undefined {
  return language === "es" ? CATALOG_SPANISH_LOCALE : undefined
}

/** The catalog locale of the language in use, for product and category requests. */
export function useCatalogLocale(): string | undefined {
  return catalogLocaleFor(useContext(LanguageContext)?.language ?? "en")
}

/**
 * The locale a cart is given, so Medusa writes its lines' titles in the
 * buyer's language (and the order keeps them). English is named too: moving
 * a Spanish cart back needs a locale Medusa sees change.
 */
export function cartLocaleFor(language: Language): string {
  return catalogLocaleFor(language) ?? CATALOG_ENGLISH_LOCALE
}

export function useCartLocale(): string {
  return cartLocaleFor(useContext(LanguageContext)?.language ?? "en")
}
