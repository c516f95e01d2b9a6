import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { orderByLowestPrice } from "../../../../lib/price-order"
import { productIdsOf } from "../../products/cooperative-visibility"
import { productIdsMatchingInLocale } from "../../products/translated-search"
import type { StoreGetPriceOrderParamsType } from "./validators"

type PricedRow = { id: string; variants?: { calculated_price?: { calculated_amount?: number | null } | null }[] | null }

/**
 * One page of the shop's product ids ordered by the cheapest variant's price
 * in the region, with the total; the storefront then reads those products from
 * /store/products?id[]=. Medusa's product list cannot order by a calculated
 * price, so this computes the same calculated prices /store/products shows
 * (pricing module, region and currency context, price lists included) for every
 * matching product and orders them here. Same scope as the store's list:
 * published, in the publishable key's sales channels, paused cooperatives' crafts out (they leave the sales channels).
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetPriceOrderParamsType>, res: MedusaResponse) => {
  const { region_id, order, q, category_id, cooperative_id, producer_group, department, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const {
    data: [region],
  } = await query.graph({ entity: "region", fields: ["id", "currency_code"], filters: { id: region_id } })
  if (!region) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region with id ${region_id} was not found`)

  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }
  const { data: inChannels } = await query.graph({
    entity: "product_sales_channel",
    fields: ["product_id"],
    filters: { sales_channel_id: salesChannelIds },
  })

  const constraints: Record<string, unknown>[] = [{ id: inChannels.map((link) => link.product_id as string) }]
  // A paused cooperative's products are out of every sales channel while it is paused: the channel filter leaves them out.
  if (cooperative_id || producer_group || department) {
    const only = await productIdsOf(req, {
      status: "active",
      ...(cooperative_id ? { id: cooperative_id } : {}),
      ...(producer_group ? { producer_groups: { $contains: [producer_group] } } : {}),
      ...(department ? { department } : {}),
    })
    constraints.push({ id: only })
  }

  const filters: Record<string, unknown> = { status: ProductStatus.PUBLISHED, $and: constraints }
  if (q) {
    // The reader searches the texts they read (src/api/store/products/translated-search.ts), as on /store/products.
    const inLocale = await productIdsMatchingInLocale(req.scope, q, req.locale)
    if (inLocale) constraints.push({ id: inLocale })
    else filters.q = q
  }
  if (category_id) filters.categories = { id: category_id, is_internal: false, is_active: true }

  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "variants.calculated_price.calculated_amount"],
    filters,
    context: {
      variants: { calculated_price: QueryContext({ region_id: region.id, currency_code: region.currency_code }) },
    },
  })

  const ordered = orderByLowestPrice(
    (products as PricedRow[]).map((product) => ({
      id: product.id,
      variantPrices: (product.variants ?? []).map((variant) => variant.calculated_price?.calculated_amount ?? null),
    })),
    order === "price" ? "asc" : "desc"
  )
  res.json({ product_ids: ordered.slice(offset, offset + limit), count: ordered.length, offset, limit })
}
