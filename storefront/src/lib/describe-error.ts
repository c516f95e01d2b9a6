import { FetchError } from "@medusajs/js-sdk"
import { pageLanguage, type Language } from "@/lib/i18n"

const WORDS = {
  en: {
    server: (status: string, message: string) => `The store answered with an error (HTTP ${status}): ${message}`,
    offline: "The store could not be reached. Check your connection and try again.",
    unknown: "Something unexpected went wrong.",
  },
  es: {
    server: (status: string, message: string) => `La tienda respondió con un error (HTTP ${status}): ${message}`,
    offline: "No pudimos comunicarnos con la tienda. Revise su conexión e intente de nuevo.",
    unknown: "Ocurrió algo inesperado.",
  },
}

/**
 * A sentence a shopper can act on, with the server's own words when it gave
 * some, in the page's language (callers render it inside the page, so the
 * language on <html lang> is theirs).
 */
export function describeError(error: unknown, language: Language = pageLanguage()): string {
  const words = WORDS[language]
  if (error instanceof FetchError) return words.server(String(error.status ?? "?"), error.message)
  // fetch() rejects with a TypeError when the network or CORS stops the request.
  if (error instanceof TypeError) return words.offline
  return error instanceof Error ? error.message : words.unknown
}
