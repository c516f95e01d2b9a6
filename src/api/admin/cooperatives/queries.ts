import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_EDITABLE_FIELDS } from "@cis/contract/cooperative-vocabulary"

/** Everything staff see of a cooperative, private fields included. */
export const ADMIN_COOPERATIVE_FIELDS = ["id", ...COOPERATIVE_EDITABLE_FIELDS, "created_at", "updated_at"]

/** One cooperative as the admin API answers it: with its products; 404 when unknown. */
export async function retrieveAdminCooperative(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [
      ...ADMIN_COOPERATIVE_FIELDS,
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
      "products.status",
    ],
    filters: { id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${id} was not found`)
  return data[0]
}
