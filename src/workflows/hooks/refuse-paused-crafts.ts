import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow, updateLineItemInCartWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/**
 * The second guard for paused cooperatives. The first is Medusa's own: a
 * paused cooperative's products leave the store's sales channels
 * (src/workflows/sync-cooperative-sale), so store reads and Medusa's cart
 * checks no longer find them. These hooks also refuse them on every cart
 * path Medusa offers, for carts that took a craft before the pause, or a
 * product staff put back in a channel by hand.
 */
export async function refusePausedVariants(container: MedusaContainer, variantIds: (string | null | undefined)[]) {
  const ids = [...new Set(variantIds.filter((id): id is string => Boolean(id)))]
  if (!ids.length) return
  // Nearly always no cooperative is paused: one look at the (indexed, small) cooperatives
  // table settles it, and the variants' links are read only while one is.
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const [paused] = await cooperatives.listCooperatives({ status: "paused" }, { take: 1, select: ["id"] })
  if (!paused) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product_variant", fields: ["id", "product.cooperative.status"], filters: { id: ids } })
  if ((data as { product?: { cooperative?: { status?: string } | null } | null }[]).some((variant) => variant.product?.cooperative?.status === "paused")) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This craft is not available right now: its cooperative has paused sales.")
  }
}

export type Items = { variant_id?: string | null }[] | null | undefined
export const variantsOf = (items: Items) => (items ?? []).map((item) => item.variant_id)

createCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await refusePausedVariants(container, variantsOf((input as { items?: Items }).items))
})

addToCartWorkflow.hooks.validate(async ({ input }, { container }) => {
  await refusePausedVariants(container, variantsOf((input as { items?: Items }).items))
})

updateLineItemInCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const itemId = (input as { item_id?: string }).item_id
  const item = ((cart as { items?: { id: string; variant_id?: string | null }[] }).items ?? []).find((line) => line.id === itemId)
  await refusePausedVariants(container, [item?.variant_id])
})

// Completing a cart is guarded too, in complete-cart.ts: Medusa takes one handler per hook.
