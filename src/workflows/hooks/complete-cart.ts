import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { refusePausedVariants, variantsOf, type Items } from "./refuse-paused-crafts"
import { refuseTransferWithoutInstructions } from "./refuse-transfer-without-instructions"

/**
 * Every rule a cart must meet to become an order, in the one handler Medusa
 * allows per hook: no craft of a paused cooperative, and no bank transfer in
 * a currency the store has no bank details for.
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  await refusePausedVariants(container, variantsOf((cart as { items?: Items }).items))
  await refuseTransferWithoutInstructions(container, cart as Parameters<typeof refuseTransferWithoutInstructions>[1])
})
