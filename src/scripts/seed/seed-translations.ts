import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { CATALOG_SPANISH_LOCALE, CATALOG_SPANISH_LOCALE_NAME } from "@cis/contract/catalog-locales"
import { CATEGORIES_ES, PRODUCTS_ES, optionTextEs } from "./catalog-data-es"
import { SHIPPING_OPTION_NAMES_ES, TECHNIQUES_ES, WORDS_ES, durationEs } from "./origin-data-es"

type Container = ExecArgs["container"]
type ProductOptionsText = {
  options?: { id: string; title: string; values?: { id: string; value: string }[] }[] | null
  variants?: { id: string; title: string | null }[] | null
}

/**
 * The catalog's Spanish, written to Medusa's translation module, where the
 * store routes read it for ?locale=es-SV and staff can edit it in the dashboard.
 * The store's locales are set with the store itself (seed.ts).
 */
export async function seedCatalogSpanish(container: Container) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!container.hasRegistration(Modules.TRANSLATION)) {
    logger.warn("Spanish catalog text skipped: the translation module is not enabled (MEDUSA_FF_TRANSLATION).")
    return
  }
  const translations = container.resolve(Modules.TRANSLATION)
  // Medusa's list of locales has Spanish for Spain, Mexico and Argentina, not El Salvador.
  if ((await translations.listLocales({ code: CATALOG_SPANISH_LOCALE })).length === 0) {
    await translations.createLocales({ code: CATALOG_SPANISH_LOCALE, name: CATALOG_SPANISH_LOCALE_NAME })
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.title", "options.values.id", "options.values.value", "variants.id", "variants.title"],
    filters: { handle: Object.keys(PRODUCTS_ES) },
  })
  // The product page's option labels and the cart's variant line ("Tamaño: Pequeño").
  const optionTexts = (products as ProductOptionsText[]).flatMap((product) => [
    ...(product.options ?? []).flatMap((option) => [
      { reference: "product_option", reference_id: option.id, field: "title", english: option.title },
      ...(option.values ?? []).map((value) => ({ reference: "product_option_value", reference_id: value.id, field: "value", english: value.value })),
    ]),
    ...(product.variants ?? []).map((variant) => ({ reference: "product_variant", reference_id: variant.id, field: "title", english: variant.title })),
  ])
  const { data: categories } = await query.graph({
    entity: "product_category",
    fields: ["id", "handle"],
    filters: { handle: Object.keys(CATEGORIES_ES) },
  })
  await createTranslationsWorkflow(container).run({
    input: {
      translations: [
        ...(await spanishOfOriginsCooperativesAndDelivery(container)),
        ...products.map((product) => ({
          reference_id: product.id,
          reference: "product",
          locale_code: CATALOG_SPANISH_LOCALE,
          translations: { ...PRODUCTS_ES[product.handle] },
        })),
        ...optionTexts.flatMap(({ reference, reference_id, field, english }) => {
          const spanish = english ? optionTextEs(english) : undefined
          return spanish ? [{ reference_id, reference, locale_code: CATALOG_SPANISH_LOCALE, translations: { [field]: spanish } }] : []
        }),
        ...categories.map((category) => ({
          reference_id: category.id,
          reference: "product_category",
          locale_code: CATALOG_SPANISH_LOCALE,
          translations: { ...CATEGORIES_ES[category.handle as keyof typeof CATEGORIES_ES] },
        })),
      ],
    },
  })
}

type Translation = { reference_id: string; reference: string; locale_code: string; translations: Record<string, unknown> }

/** A list in Spanish only when every word of it is known (a half-translated list reads worse than the English). */
const wordsEs = (words: unknown) => {
  const list = (words ?? []) as string[]
  return list.length && list.every((word) => WORDS_ES[word]) ? list.map((word) => WORDS_ES[word]!) : undefined
}

/** Only the fields with a known Spanish: a craft staff wrote themselves keeps its English until they translate it. */
const known = (fields: Record<string, unknown>) => Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined))

/**
 * What a Spanish reader also reads: the craft-origin facts on the product page,
 * the cooperatives' craft lists, and the delivery options at checkout (Medusa
 * translates shipping options by the cart's locale itself). Also used by the
 * migration script that brings stores seeded before to the same Spanish.
 */
export async function spanishOfOriginsCooperativesAndDelivery(container: Container): Promise<Translation[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: origins }, { data: cooperatives }, { data: options }] = await Promise.all([
    query.graph({ entity: "craft_origin", fields: ["id", "technique", "materials", "production_time"] }),
    query.graph({ entity: "cooperative", fields: ["id", "crafts"] }),
    query.graph({ entity: "shipping_option", fields: ["id", "name"] }),
  ])
  const spanish = (reference: string, reference_id: string, translations: Record<string, unknown>): Translation[] =>
    Object.keys(translations).length ? [{ reference, reference_id, locale_code: CATALOG_SPANISH_LOCALE, translations }] : []
  return [
    ...origins.flatMap((origin) =>
      spanish(
        "craft_origin",
        origin.id,
        known({
          technique: TECHNIQUES_ES[origin.technique],
          materials: wordsEs(origin.materials),
          production_time: durationEs(origin.production_time),
        })
      )
    ),
    ...cooperatives.flatMap((cooperative) => spanish("cooperative", cooperative.id, known({ crafts: wordsEs(cooperative.crafts) }))),
    ...options.flatMap((option) => spanish("shipping_option", option.id, known({ name: SHIPPING_OPTION_NAMES_ES[option.name] }))),
  ]
}
