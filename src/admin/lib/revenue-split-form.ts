/**
 * The revenue split setting's form: the community fund share typed in basis
 * points, checked by the contract's schema for POST /admin/revenue-split.
 */
import { AdminUpdateRevenueSplit } from "@cis/contract/revenue-split"
import { contractCheck, type ContractFormRules } from "./contract-form"
import { BPS_WHOLE, parseBps } from "./shares"

export type RevenueSplitValues = { community_fund_bps: string }

export const revenueSplitRules: ContractFormRules<RevenueSplitValues> = {
  schema: AdminUpdateRevenueSplit,
  // Anything but digits is NaN, which the schema refuses.
  toBody: (values) => ({ community_fund_bps: parseBps(values.community_fund_bps) ?? Number.NaN }),
  messages: { community_fund_bps: `A whole number of basis points from 0 to ${BPS_WHOLE}` },
}

export const revenueSplitCheck = contractCheck(revenueSplitRules)
