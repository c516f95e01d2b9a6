import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CoordinatorListParamsType } from "../validators"

/** The caller's cooperative's payouts, newest first; who in CIS created them is staff business and left out. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorListParamsType>, res: MedusaResponse) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  const { limit, offset } = req.validatedQuery
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [payouts, count] = await cooperatives.listAndCountPayouts(
    { cooperative_id, status: ["draft", "paid"] },
    {
      select: ["id", "currency_code", "status", "up_to", "amount", "entry_count", "paid_at", "reference", "method", "sent_amount", "sent_currency_code", "created_at"],
      skip: offset,
      take: limit,
      order: { created_at: "DESC" },
    }
  )
  res.json({ payouts, count, limit, offset })
}
