import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { VARIANT_DIMENSIONS, type VariantDimensions } from "../scripts/seed/dimensions-data"

type Field = keyof VariantDimensions
const FIELDS: Field[] = ["length", "width", "height", "weight"]

/**
 * Once, at `medusa db:migrate`: a store seeded before the seed gave sizes to
 * hammocks, cloth, bags and baskets gets them now, so their product page shows
 * "Size: 200 × 100 cm". Only empty fields are filled: a size staff already
 * entered (or corrected) in the dashboard is left alone. A fresh database has
 * no such variants yet (the seed makes them, with their sizes).
 */
export default async function fillVariantDimensions({ container }: { container: MedusaContainer }) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", ...FIELDS],
    filters: { sku: Object.keys(VARIANT_DIMENSIONS) },
  })
  for (const variant of variants as ({ id: string; sku: string | null } & Partial<Record<Field, number | null>>)[]) {
    const known = VARIANT_DIMENSIONS[variant.sku ?? ""]
    if (!known) continue
    const update = Object.fromEntries(FIELDS.filter((field) => variant[field] == null && known[field] != null).map((field) => [field, known[field]]))
    if (Object.keys(update).length === 0) continue
    // Through Medusa's workflow, like a dashboard edit, so its events and hooks run.
    await updateProductVariantsWorkflow(container).run({ input: { selector: { id: variant.id }, update } })
  }
}
