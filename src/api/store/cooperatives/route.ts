import type { StoreCooperativeListResponse } from "@cis/contract/cooperative"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { isListed, publicCooperatives } from "./public-cooperative"
import type { StoreGetCooperativesParamsType } from "./validators"

/**
 * Active cooperatives' public profiles, by producer group and department.
 * Only those a buyer can do something with are listed: at least one published
 * craft and a story (a new cooperative staff are still setting up would be a
 * dead end). Their profile pages stay reachable by handle. Cooperatives
 * number in the tens, so the rule is applied over all of them and the page
 * cut afterwards, keeping `count` true.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetCooperativesParamsType>, res: MedusaResponse<StoreCooperativeListResponse>) => {
  const { producer_group, department, limit, offset } = req.validatedQuery
  const listed = (await publicCooperatives(req, { producer_group, department })).filter(isListed)
  res.json({ cooperatives: listed.slice(offset, offset + limit), count: listed.length, limit, offset })
}
