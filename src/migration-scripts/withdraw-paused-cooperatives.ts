import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { syncCooperativeSaleWorkflow } from "../workflows/sync-cooperative-sale"

/**
 * Once, at `medusa db:migrate`: cooperatives paused before pausing took
 * products out of the sales channels get that now (their channels recorded,
 * to come back on resume), so a store upgraded with paused cooperatives does
 * not put their crafts back on sale.
 */
export default async function withdrawPausedCooperatives({ container }: { container: MedusaContainer }) {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const paused = await cooperatives.listCooperatives({ status: "paused" }, { select: ["id"] })
  if (!paused.length) return
  await syncCooperativeSaleWorkflow(container).run({ input: { cooperative_ids: paused.map((cooperative) => cooperative.id) } })
}
