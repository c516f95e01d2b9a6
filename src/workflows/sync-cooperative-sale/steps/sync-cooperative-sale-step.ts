import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { planSale, type WithheldChannels } from "../../../lib/withheld-channels"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const syncCooperativeSaleStepId = "sync-cooperative-sale"

type Pair = { product_id: string; sales_channel_id: string }
type CooperativeRow = {
  id: string
  status: string
  withheld_sales_channels: WithheldChannels | null
  products?: { id: string; sales_channels?: { id: string }[] | null }[] | null
}
type Undo = { withdrawn: Pair[]; restored: Pair[]; withheld: { id: string; withheld_sales_channels: WithheldChannels | null }[] }

const linkOf = ({ product_id, sales_channel_id }: Pair): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id },
  [Modules.SALES_CHANNEL]: { sales_channel_id },
})

/**
 * Puts the cooperatives' products in or out of their sales channels by their
 * status (src/lib/withheld-channels.ts). In order: a product moving from one
 * paused cooperative to another gets its channels back from the first before
 * the second takes them away and records them. Undone by putting back the
 * links and the records as they were.
 */
export const syncCooperativeSaleStep = createStep(
  syncCooperativeSaleStepId,
  async ({ cooperative_ids }: { cooperative_ids: string[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const undo: Undo = { withdrawn: [], restored: [], withheld: [] }
    for (const id of [...new Set(cooperative_ids)]) {
      const { data } = await query.graph({
        entity: "cooperative",
        fields: ["id", "status", "withheld_sales_channels", "products.id", "products.sales_channels.id"],
        filters: { id },
      })
      const cooperative = data[0] as CooperativeRow | undefined
      if (!cooperative) continue
      const products = (cooperative.products ?? []).map((product) => ({
        id: product.id,
        sales_channel_ids: (product.sales_channels ?? []).map((channel) => channel.id),
      }))
      const plan = planSale(cooperative.status, products, cooperative.withheld_sales_channels)
      if (plan.restore.length) await link.create(plan.restore.map(linkOf))
      undo.restored.push(...plan.restore)
      if (plan.withdraw.length) await link.dismiss(plan.withdraw.map(linkOf))
      undo.withdrawn.push(...plan.withdraw)
      if (JSON.stringify(plan.withheld) !== JSON.stringify(cooperative.withheld_sales_channels ?? null)) {
        undo.withheld.push({ id, withheld_sales_channels: cooperative.withheld_sales_channels ?? null })
        await cooperatives.updateCooperatives({ id, withheld_sales_channels: plan.withheld as Record<string, unknown> | null })
      }
    }
    return new StepResponse({ withdrawn: undo.withdrawn.length, restored: undo.restored.length }, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if (undo.withdrawn.length) await link.create(undo.withdrawn.map(linkOf))
    if (undo.restored.length) await link.dismiss(undo.restored.map(linkOf))
    for (const before of undo.withheld) {
      await cooperatives.updateCooperatives({ id: before.id, withheld_sales_channels: before.withheld_sales_channels as Record<string, unknown> | null })
    }
  }
)
