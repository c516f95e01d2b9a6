import type { MedusaContainer } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Written = { id: string } | { id: string }[]

/**
 * A step that writes new rows through a module service (one row or several)
 * and answers them; if a later step of its workflow fails, its compensation
 * deletes exactly those rows. For records nothing edits afterwards: advances,
 * stock changes, ledger rows (the only removal an append-only ledger allows).
 */
export function createRowsStep<Input, Output extends Written>(
  stepId: string,
  write: (input: Input, container: MedusaContainer) => Promise<Output>,
  remove: (ids: string[], container: MedusaContainer) => Promise<unknown>
) {
  return createStep(
    stepId,
    async (input: Input, { container }) => {
      const written = await write(input, container)
      return new StepResponse(written, (Array.isArray(written) ? written : [written]).map((row) => row.id))
    },
    async (ids, { container }) => {
      if (ids?.length) await remove(ids, container)
    }
  )
}
