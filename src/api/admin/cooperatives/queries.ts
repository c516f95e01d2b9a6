import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { adminCooperativeProductFields, defaultAdminCooperativeFields } from "./query-config"

/** One cooperative as the admin API answers it: with its products; 404 when unknown. */
export async function retrieveAdminCooperative(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [...defaultAdminCooperativeFields, ...adminCooperativeProductFields],
    filters: { id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${id} was not found`)
  return data[0]
}
