import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { PRODUCER_GROUPS } from "@cis/contract/cooperative-vocabulary"
import { expandLinkedFields, STORE_PRODUCT_LINKED_FIELDS } from "./linked-fields"

const CooperativeProductFilters = z
  .object({
    cooperative_id: z.string().min(1).optional(),
    producer_group: z.enum(PRODUCER_GROUPS).optional(),
  })
  .strict()
type CooperativeProductFilters = z.infer<typeof CooperativeProductFilters>

// Filters taken off the query before Medusa's strict validator sees them, kept for after it ran.
const pendingFilters = new WeakMap<MedusaRequest, CooperativeProductFilters>()

/**
 * Runs before Medusa's own /store/products middlewares (a regex matcher sorts
 * ahead of the static route): allows the public linked fields, rewrites
 * `*cooperative` into them, and lifts out the cooperative filters that Medusa's
 * strict query validator would refuse.
 */
export function prepareCooperativeQuery(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.allowed.push(...STORE_PRODUCT_LINKED_FIELDS)
  const query = req.query as Record<string, unknown>
  if (typeof query.fields === "string") query.fields = expandLinkedFields(query.fields)
  const parsed = CooperativeProductFilters.safeParse({
    cooperative_id: query.cooperative_id,
    producer_group: query.producer_group,
  })
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join(".")))]
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Invalid request: ${fields.join(", ")}: producer_group must be one of ${PRODUCER_GROUPS.join(", ")}; cooperative_id a single id`
      )
    )
  }
  delete query.cooperative_id
  delete query.producer_group
  pendingFilters.set(req, parsed.data)
  next()
}

export async function productIdsOf(req: MedusaRequest, filters: Record<string, unknown>): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cooperative", fields: ["products.id"], filters })
  return data.flatMap((cooperative) =>
    ((cooperative.products ?? []) as { id: string }[]).map((product) => product.id)
  )
}

/**
 * Runs after Medusa validated the query: narrows the list to one cooperative
 * or producer group. A paused cooperative's products need no filter here:
 * they are out of the store's sales channels while it is paused
 * (src/workflows/sync-cooperative-sale), so Medusa leaves them out itself.
 */
export async function applyCooperativeFilters(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const wanted = pendingFilters.get(req) ?? {}
  if (wanted.cooperative_id || wanted.producer_group) {
    const only = await productIdsOf(req, {
      status: "active",
      ...(wanted.cooperative_id ? { id: wanted.cooperative_id } : {}),
      ...(wanted.producer_group ? { producer_groups: { $contains: [wanted.producer_group] } } : {}),
    })
    const filters = req.filterableFields as Record<string, unknown>
    filters.$and = [...((filters.$and as unknown[]) ?? []), { id: { $in: only } }]
  }
  next()
}
