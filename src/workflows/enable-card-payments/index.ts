import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_PROVIDER_ID } from "../../lib/stripe-config"

type RegionRow = { id: string; name: string; payment_providers?: { id: string }[] | null }

/**
 * Offers card payments in every region that does not offer them yet, keeping
 * the providers it already has (the manual bank transfer above all). Run on
 * every start with a key set, so a database seeded before Stripe was switched
 * on gets it too; a region already offering cards is left untouched.
 * Each region goes through Medusa's own update workflow, which compensates.
 */
export async function enableCardPaymentsInRegions(container: MedusaContainer): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "region", fields: ["id", "name", "payment_providers.id"] })
  const updated: string[] = []
  for (const region of data as RegionRow[]) {
    const providers = (region.payment_providers ?? []).map((p) => p.id)
    if (providers.includes(STRIPE_PROVIDER_ID)) continue
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: region.id }, update: { payment_providers: [...providers, STRIPE_PROVIDER_ID] } },
    })
    updated.push(region.name)
  }
  return updated
}
