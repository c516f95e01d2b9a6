import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ProducerGroup } from "@cis/contract/cooperative-vocabulary"
import type { CoordinatorMeResponse } from "@cis/contract/coordinator-response"
import { asJson } from "@cis/contract/json-date"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { PUBLIC_COOPERATIVE_FIELDS } from "../../../modules/cooperative/types"

/** Who is signed in, and their cooperative's public profile (never its bank details or staff notes). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorMeResponse>) => {
  const { id, email, name, cooperative_id } = res.locals.coordinator as { id: string; email: string; name: string; cooperative_id: string }
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [cooperative] = await cooperatives.listCooperatives({ id: cooperative_id }, { select: [...PUBLIC_COOPERATIVE_FIELDS], take: 1 })
  // The model stores the groups as text; the routes that write them accept only the vocabulary's.
  const profile = cooperative ? { ...asJson(cooperative), producer_groups: cooperative.producer_groups as ProducerGroup[] } : null
  res.json({ coordinator: { id, email, name }, cooperative: profile })
}
