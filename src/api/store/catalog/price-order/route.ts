import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import type { IPricingModuleService, IProductModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { orderByLowestPrice } from "../../../../lib/price-order"
import { productIdsMatchingInLocale } from "../../products/translated-search"
import { priceOrderCandidates } from "./candidates"
import type { StoreGetPriceOrderParamsType } from "./validators"

/**
 * One page of the shop's product ids ordered by the cheapest variant's price
 * in the region, with the total; the storefront then reads those products from
 * /store/products?id[]=. Medusa's product list cannot order by a calculated
 * price, so this computes the same calculated prices /store/products shows
 * (the pricing module's calculatePrices with the region and currency, price
 * lists included: what query.graph calls for `calculated_price`) for every
 * matching product and orders them here. Same scope as the store's list:
 * published, in the publishable key's sales channels, paused cooperatives'
 * crafts out (they leave the sales channels). Search and categories go through
 * the product module, so `q` matches exactly what it matches on /store/products,
 * in the reader's language too (src/api/store/products/translated-search.ts).
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetPriceOrderParamsType>, res: MedusaResponse) => {
  const { region_id, order, q, category_id, limit, offset } = req.validatedQuery
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { currencyCode, priceSets } = await priceOrderCandidates(req, salesChannelIds)
  if (!currencyCode) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region with id ${region_id} was not found`)
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }

  let productIds = [...priceSets.keys()]
  // A reader of another language than the catalog's searches the texts they read; undefined for English.
  const inLocale = q && productIds.length ? await productIdsMatchingInLocale(req.scope, q, req.locale) : undefined
  if (inLocale) {
    const found = new Set(inLocale)
    productIds = productIds.filter((id) => found.has(id))
  }
  const englishQ = inLocale ? undefined : q
  if ((englishQ || category_id) && productIds.length) {
    const products: IProductModuleService = req.scope.resolve(Modules.PRODUCT)
    const filters: Record<string, unknown> = { id: productIds }
    if (englishQ) filters.q = englishQ
    if (category_id) filters.categories = { id: category_id, is_internal: false, is_active: true }
    productIds = (await products.listProducts(filters, { select: ["id"] })).map((product) => product.id)
  }

  const wanted = [...new Set(productIds.flatMap((id) => priceSets.get(id) ?? []))]
  const pricing: IPricingModuleService = req.scope.resolve(Modules.PRICING)
  const prices = wanted.length
    ? await pricing.calculatePrices({ id: wanted }, { context: { region_id, currency_code: currencyCode } })
    : []
  const amountOf = new Map(prices.map((price) => [price.id, price.calculated_amount as number | null]))

  const ordered = orderByLowestPrice(
    productIds.map((id) => ({ id, variantPrices: (priceSets.get(id) ?? []).map((set) => amountOf.get(set) ?? null) })),
    order === "price" ? "asc" : "desc"
  )
  res.json({ product_ids: ordered.slice(offset, offset + limit), count: ordered.length, offset, limit })
}
