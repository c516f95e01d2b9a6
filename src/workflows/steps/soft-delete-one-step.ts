import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * A step that finds the one row an input names, soft-deletes it and answers
 * its id; none found is a 404 with `notFound`'s words. If a later step of its
 * workflow fails, its compensation restores the row.
 */
export function softDeleteOneStep<Input>(
  stepId: string,
  rowOf: {
    find: (input: Input, container: MedusaContainer) => Promise<{ id: string } | undefined>
    notFound: (input: Input) => string
    softDelete: (id: string, container: MedusaContainer) => Promise<unknown>
    restore: (id: string, container: MedusaContainer) => Promise<unknown>
  }
) {
  return createStep(
    stepId,
    async (input: Input, { container }) => {
      const row = await rowOf.find(input, container)
      if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, rowOf.notFound(input))
      await rowOf.softDelete(row.id, container)
      return new StepResponse({ id: row.id }, row.id)
    },
    async (id, { container }) => {
      if (id) await rowOf.restore(id, container)
    }
  )
}
