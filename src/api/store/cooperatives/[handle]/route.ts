import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_COOPERATIVE_QUERY_FIELDS, toPublicCooperative } from "../public-cooperative"

/** One active cooperative's public profile; a paused or unknown one is not found. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: PUBLIC_COOPERATIVE_QUERY_FIELDS,
    filters: { handle: req.params.handle, status: "active" },
  }, { locale: req.locale }) // crafts in the reader's language, from Medusa's translation module
  if (!data.length) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with handle: ${req.params.handle} was not found`)
  }
  res.json({ cooperative: toPublicCooperative(data[0]) })
}
