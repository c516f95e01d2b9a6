import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const deleteCooperativeStepId = "delete-cooperative"

/**
 * A cooperative with products or with ledger history is never deleted: its
 * sales must stay attributable. Pausing is
 * how staff retire one. The row is soft-deleted so compensation can restore it.
 */
export const deleteCooperativeStep = createStep(
  deleteCooperativeStepId,
  async ({ id }: { id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cooperative",
      fields: ["id", "name", "products.id"],
      filters: { id },
    })
    const [cooperative] = data
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${id} was not found`)
    const products = (cooperative.products ?? []).length
    if (products > 0) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${cooperative.name} still has ${products} product${products === 1 ? "" : "s"}: move them to another cooperative first, or pause the cooperative instead of deleting it`
      )
    }
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const [, entries] = await ledger.listAndCountLedgerEntries({ cooperative_id: id }, { take: 1 })
    if (entries > 0) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        `${cooperative.name} has ${entries} ledger entr${entries === 1 ? "y" : "ies"}: its sales must stay attributable, so pause it instead of deleting it`
      )
    }
    await cooperatives.softDeleteCooperatives(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.restoreCooperatives(id)
  }
)
