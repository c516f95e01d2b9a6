import { model } from "@medusajs/framework/utils"

/**
 * A list of words (materials, crafts) that Medusa's translation module
 * translates whole. Medusa only offers `.translatable()` on text, but the
 * module reads the flag from any property's options, and `applyTranslations`
 * swaps in a translated value of the same type: a Spanish list for the English.
 */
export function translatableList() {
  const property = model.array()
  const dataType = (property as unknown as { dataType: { options?: Record<string, unknown> } }).dataType
  dataType.options = { ...dataType.options, translatable: true }
  return property
}
