import { z } from "zod"
import { currencyDigits } from "./currency"

/** A three-letter ISO 4217 code the store can price in, lower-cased; `field` names it in the messages. */
export const knownCurrency = (field: string) =>
  z
    .string()
    .regex(/^[a-zA-Z]{3}$/, { message: `${field} must be a three-letter ISO code` })
    .refine(
      (code) => {
        try {
          currencyDigits(code)
          return true
        } catch {
          return false
        }
      },
      { message: `${field} is not a known currency` }
    )
    .transform((code) => code.toLowerCase())
