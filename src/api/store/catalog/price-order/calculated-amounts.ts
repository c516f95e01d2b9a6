import type { MedusaContainer } from "@medusajs/framework/types"
import type { IPricingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { calculatedAmounts, type ApplicablePrice } from "../../../../lib/calculated-price"

type PricingContext = { context: { region_id: string; currency_code: string } }
type PricingRepository = { calculatePrices: (filters: { id: string[] }, context: PricingContext) => Promise<ApplicablePrice[]> }

/**
 * The calculated amount of each price set in the region, as /store/products
 * shows it, in one SQL statement: the pricing module's own price query (its
 * repository's `calculatePrices`: rules, price lists, their dates and
 * statuses), then Medusa's choice among the applicable prices
 * (src/lib/calculated-price.ts). The module's public `calculatePrices` sends
 * two more statements for whether each price includes tax, which an ordering
 * does not need. Should an upgrade move the repository, the public method
 * answers instead (same amounts, two statements more; the SQL budget test
 * would say so).
 */
export async function calculatedAmountsInRegion(
  scope: MedusaContainer,
  priceSetIds: string[],
  context: PricingContext["context"]
): Promise<Map<string, number | null>> {
  if (!priceSetIds.length) return new Map()
  const pricing: IPricingModuleService = scope.resolve(Modules.PRICING)
  const repository = (pricing as unknown as { pricingRepository_?: Partial<PricingRepository> }).pricingRepository_
  if (typeof repository?.calculatePrices === "function") {
    return calculatedAmounts(await repository.calculatePrices({ id: priceSetIds }, { context }))
  }
  const prices = await pricing.calculatePrices({ id: priceSetIds }, { context })
  return new Map(prices.map((price) => [price.id, price.calculated_amount === null ? null : Number(price.calculated_amount)]))
}
