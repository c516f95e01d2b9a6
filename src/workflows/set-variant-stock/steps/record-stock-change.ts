import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { StockChangeRecord } from "@cis/contract/stock-change-response"
import { createRowsStep } from "../../steps/create-rows-step"

export type SetVariantStockInput = StockChangeRecord

export const recordStockChangeStepId = "record-stock-change"

const cooperativesOf = (container: MedusaContainer): CooperativeModuleService => container.resolve(COOPERATIVE_MODULE)

export const recordStockChangeStep = createRowsStep(
  recordStockChangeStepId,
  (input: SetVariantStockInput, container) => cooperativesOf(container).createStockChanges(input),
  (ids, container) => cooperativesOf(container).deleteStockChanges(ids)
)
