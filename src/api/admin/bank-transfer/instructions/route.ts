import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminTransferInstructionsListResponse } from "@cis/contract/transfer-instructions-response"
import { asJson } from "@cis/contract/json-date"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BANK_TRANSFER_MODULE } from "../../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../../modules/bank-transfer/service"

/**
 * Every currency's transfer instructions, and per currency the regions sell
 * in it, whether it has instructions and whether they are the seed's
 * examples, so the dashboard can warn about both.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminTransferInstructionsListResponse>) => {
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const instructions = await bank.listTransferInstructions({}, { order: { currency_code: "ASC" } })
  const { data: regions } = await query.graph({ entity: "region", fields: ["id", "name", "currency_code"] })
  const byCurrency = new Map<string, string[]>()
  for (const region of regions as { name: string; currency_code: string }[]) {
    byCurrency.set(region.currency_code, [...(byCurrency.get(region.currency_code) ?? []), region.name])
  }
  for (const row of instructions) if (!byCurrency.has(row.currency_code)) byCurrency.set(row.currency_code, [])
  const currencies = [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency_code, region_names]) => {
      const row = instructions.find((i) => i.currency_code === currency_code)
      return { currency_code, region_names, has_instructions: Boolean(row), is_example: row?.is_example ?? false }
    })
  res.json({ instructions: asJson(instructions), currencies })
}
