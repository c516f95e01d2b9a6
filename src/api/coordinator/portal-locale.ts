import type { MedusaContainer } from "@medusajs/framework/types"
import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CATALOG_SPANISH_LOCALE } from "@cis/contract/catalog-locales"

/**
 * The language the portal's catalog texts come in: Spanish (the coordinators'
 * own) unless the portal asks for English with Medusa's `x-medusa-locale`
 * header. Undefined means the catalog's English, as stored.
 */
export function portalLocale(req: MedusaRequest): string | undefined {
  const asked = req.get("x-medusa-locale")?.trim().toLowerCase()
  return asked?.startsWith("en") ? undefined : CATALOG_SPANISH_LOCALE
}

type Line = { product_id: string | null; variant_id?: string | null; title: string; variant_title: string | null }

/**
 * Order lines as the coordinator reads them, whatever language the buyer
 * shopped in (Medusa keeps each line in the buyer's): titled from the
 * product's and variant's current translation, the line's own title where
 * the craft is gone or untranslated.
 */
export async function linesInLocale<L extends Line>(scope: MedusaContainer, lines: L[], locale: string | undefined): Promise<L[]> {
  const productIds = [...new Set(lines.map((line) => line.product_id).filter((id): id is string => Boolean(id)))]
  if (!productIds.length) return lines
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "product", fields: ["id", "title", "variants.id", "variants.title"], filters: { id: productIds }, withDeleted: true },
    locale ? { locale } : undefined
  )
  const titles = new Map<string, string>()
  for (const product of data as { id: string; title: string; variants?: { id: string; title: string | null }[] | null }[]) {
    titles.set(product.id, product.title)
    for (const variant of product.variants ?? []) if (variant.title) titles.set(variant.id, variant.title)
  }
  return lines.map((line) => ({
    ...line,
    title: (line.product_id && titles.get(line.product_id)) || line.title,
    variant_title: (line.variant_id && titles.get(line.variant_id)) || line.variant_title,
  }))
}
