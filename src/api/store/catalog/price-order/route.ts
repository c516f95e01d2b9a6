import type { MedusaResponse, MedusaStoreRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderByLowestPrice } from "../../../../lib/price-order"
import { calculatedAmountsInRegion } from "./calculated-amounts"
import { priceOrderCandidates } from "./candidates"
import type { StoreGetPriceOrderParamsType } from "./validators"

/**
 * One page of the shop's product ids ordered by the cheapest variant's price
 * in the region, with the total; the storefront then reads those products from
 * /store/products?id[]=. Medusa's product list cannot order by a calculated
 * price, so this computes the same calculated prices /store/products shows
 * (the pricing module's price query with the region and currency, price lists
 * included, and Medusa's choice among the applicable prices) for every
 * matching product and orders them here. Same scope as the store's list:
 * published, in the publishable key's sales channels, paused cooperatives'
 * crafts out (they leave the sales channels). Two SQL statements: the
 * candidates (filters, categories, and `q` as /store/products reads it, in the
 * reader's language: src/api/store/products/translated-search.ts) and the prices.
 */
export const GET = async (req: MedusaStoreRequest<unknown, StoreGetPriceOrderParamsType>, res: MedusaResponse) => {
  const { region_id, order, limit, offset } = req.validatedQuery
  const salesChannelIds = req.publishable_key_context?.sales_channel_ids ?? []
  const { currencyCode, priceSets } = await priceOrderCandidates(req, salesChannelIds)
  if (!currencyCode) throw new MedusaError(MedusaError.Types.INVALID_DATA, `Region with id ${region_id} was not found`)
  if (!salesChannelIds.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Publishable key needs to have a sales channel configured")
  }

  const productIds = [...priceSets.keys()]
  const wanted = [...new Set(productIds.flatMap((id) => priceSets.get(id) ?? []))]
  const amountOf = await calculatedAmountsInRegion(req.scope, wanted, { region_id, currency_code: currencyCode })

  const ordered = orderByLowestPrice(
    productIds.map((id) => ({ id, variantPrices: (priceSets.get(id) ?? []).map((set) => amountOf.get(set) ?? null) })),
    order === "price" ? "asc" : "desc"
  )
  res.json({ product_ids: ordered.slice(offset, offset + limit), count: ordered.length, offset, limit })
}
