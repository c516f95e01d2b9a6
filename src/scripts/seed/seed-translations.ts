import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { CATALOG_SPANISH_LOCALE, CATALOG_SPANISH_LOCALE_NAME } from "../../lib/catalog-locales"
import { CATEGORIES_ES, PRODUCTS_ES, optionTextEs } from "./catalog-data-es"

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
