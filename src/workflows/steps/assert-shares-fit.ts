import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { sharesProblem } from "@cis/contract/split-shares"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

/** Either share may be absent (an update that leaves it alone): then there is nothing to check. */
export type AssertSharesFitInput = { share_bps?: number; community_fund_bps?: number }

export const assertSharesFitStepId = "assert-shares-fit"

/**
 * A cooperative's share and the fund's share must leave CIS operations a
 * share of zero or more. A new cooperative share is checked against the
 * fund; a new fund share against the largest cooperative share.
 */
export const assertSharesFitStep = createStep(
  assertSharesFitStepId,
  async (input: AssertSharesFitInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if (input.share_bps !== undefined) {
      const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
      const problem = sharesProblem(input.share_bps, await ledger.getCommunityFundBps())
      if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `share_bps: ${problem}`)
      return
    }
    if (input.community_fund_bps === undefined) return
    const [largest] = await cooperatives.listCooperatives({}, { select: ["share_bps"], order: { share_bps: "DESC" }, take: 1 })
    const problem = sharesProblem(largest?.share_bps ?? 0, input.community_fund_bps)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, `community_fund_bps: ${problem}`)
  }
)
