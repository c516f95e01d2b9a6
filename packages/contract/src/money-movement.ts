/**
 * What an advance and a ledger adjustment have in common: whole minor units
 * moved on one cooperative's balance in one currency, with the reason kept
 * beside them (the cooperative reads it in its portal). Each route adds its
 * own rule for the amount's sign and what else the movement names.
 */
import { z } from "zod"
import { knownCurrency } from "./currency-code"

/** The largest advance or adjustment, in minor units (10,000,000.00 of a two-decimal currency). */
export const MAX_MOVEMENT_MINOR = 1_000_000_000
export const BEYOND_MAX_MOVEMENT = "amount is beyond 10,000,000.00"

/** The cooperative, currency, amount (whole minor units, sign and size left to the route) and reason of a movement. */
export const moneyMovement = {
  cooperative_id: z.string().min(1),
  currency_code: knownCurrency("currency_code"),
  amount: z.number().int({ message: "amount must be a whole number of minor units (cents)" }),
  reason: z.string().trim().min(5, { message: "reason must say why, in at least 5 characters" }).max(1000),
}
