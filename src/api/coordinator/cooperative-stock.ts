import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
// What GET /coordinator/products answers with is the contract's shape.
import type { CoordinatorProduct } from "@cis/contract/coordinator-response"

/** At or below this many available, a variant is flagged for the coordinator. */
export const LOW_STOCK = 5

type Row = {
  products?: {
    id: string
    title: string
    handle: string
    thumbnail: string | null
    status: string
    variants?: {
      id: string
      title: string | null
      sku: string | null
      inventory_items?: {
        inventory?: { id: string; location_levels?: { location_id: string; stocked_quantity: number; reserved_quantity: number; available_quantity: number }[] } | null
      }[]
    }[]
  }[]
}

/**
 * A cooperative's products with each variant's stock per location, read
 * through the product-cooperative link: every coordinator route starts from
 * here, so nothing of another cooperative can enter its answers.
 */
export async function cooperativeStock(scope: MedusaContainer, cooperativeId: string, locale?: string): Promise<CoordinatorProduct[]> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  // With a locale, Medusa's translations title products and variants (src/api/coordinator/portal-locale.ts).
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
      "products.status",
      "products.variants.id",
      "products.variants.title",
      "products.variants.sku",
      "products.variants.inventory_items.inventory.id",
      "products.variants.inventory_items.inventory.location_levels.location_id",
      "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
      "products.variants.inventory_items.inventory.location_levels.reserved_quantity",
      "products.variants.inventory_items.inventory.location_levels.available_quantity",
    ],
    filters: { id: cooperativeId },
  }, locale ? { locale } : undefined)
  const { data: locations } = await query.graph({ entity: "stock_location", fields: ["id", "name"] })
  const nameOf = new Map((locations as { id: string; name: string }[]).map((l) => [l.id, l.name]))
  const products = ((data[0] as Row | undefined)?.products ?? []).filter(Boolean)
  return products
    .map((product) => ({
      id: product.id,
      title: product.title,
      handle: product.handle,
      thumbnail: product.thumbnail,
      status: product.status,
      variants: (product.variants ?? []).map((variant) => {
        const inventory = variant.inventory_items?.[0]?.inventory ?? null
        const levels = (inventory?.location_levels ?? []).map((level) => ({
          location_id: level.location_id,
          location_name: nameOf.get(level.location_id) ?? null,
          stocked_quantity: Number(level.stocked_quantity),
          reserved_quantity: Number(level.reserved_quantity),
          available_quantity: Number(level.available_quantity),
        }))
        return {
          id: variant.id,
          title: variant.title,
          sku: variant.sku,
          inventory_item_id: inventory?.id ?? null,
          levels,
          low_stock: levels.reduce((sum, level) => sum + level.available_quantity, 0) <= LOW_STOCK,
        }
      }),
    }))
    .sort((a, b) => a.title.localeCompare(b.title))
}
