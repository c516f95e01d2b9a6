/**
 * The catalog is written in English; its Spanish (product and category text)
 * lives in Medusa's translation module under this locale. The seed writes it,
 * the storefront asks for it. Salvadoran Spanish: the makers' own.
 */
export const CATALOG_SPANISH_LOCALE = "es-SV"
export const CATALOG_SPANISH_LOCALE_NAME = "Spanish (El Salvador)"
/** The catalog's own language, as the store lists it; a cart set to it gets its lines back in English. */
export const CATALOG_ENGLISH_LOCALE = "en-US"
