import type { StoreCooperativeResponse } from "@cis/contract/cooperative"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { publicCooperatives } from "../public-cooperative"

/** One active cooperative's public profile; a paused or unknown one is not found. */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreCooperativeResponse>) => {
  const [cooperative] = await publicCooperatives(req, { handle: req.params.handle })
  if (!cooperative) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with handle: ${req.params.handle} was not found`)
  }
  res.json({ cooperative })
}
