/**
 * Checks on the bank details staff type for buyers to pay into. A wrong
 * digit sends a buyer's money back (or to someone else), so the check digits
 * that IBANs and ABA routing numbers carry are verified, not just the shape.
 * Pure: no Medusa imports (the route, the dashboard and the contract's schemas share it).
 */

/** Spaces and dashes as people type them out; upper case. */
export function compactCode(value: string): string {
  return value.replace(/[\s-]+/g, "").toUpperCase()
}

/** ISO 13616: two letters, two check digits, up to 30 letters or digits, and mod 97 of the rearranged number is 1. */
export function isValidIban(value: string): boolean {
  const iban = compactCode(value)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false
  const rearranged = iban.slice(4) + iban.slice(0, 4)
  // Letters count as 10..35; the remainder is taken chunk by chunk so no big number is needed.
  let remainder = 0
  for (const char of rearranged) {
    const digits = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55)
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97
  }
  return remainder === 1
}

/** IBANs are read out in groups of four: "DE89 3704 0044 0532 0130 00". */
export function formatIban(value: string): string {
  return compactCode(value).replace(/(.{4})(?=.)/g, "$1 ")
}

/** ISO 9362: bank (4 letters), country (2 letters), location (2), optional branch (3). */
export function isValidSwiftBic(value: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(compactCode(value))
}

/** An ABA routing number: nine digits whose weighted sum (3, 7, 1, ...) is a multiple of 10. */
export function isValidAbaRouting(value: string): boolean {
  const digits = value.replace(/\s+/g, "")
  if (!/^\d{9}$/.test(digits)) return false
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1]
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index]!, 0)
  return sum % 10 === 0
}

export interface TransferDetailsInput {
  currency_code: string
  account_number?: string | null
  iban?: string | null
  swift_bic?: string | null
  aba_routing?: string | null
}

/** One refused account detail: the body field it concerns and why. */
export type TransferDetailsProblem = { field: "account_number" | "iban" | "swift_bic" | "aba_routing"; reason: string }

/**
 * What is missing or wrong, by field (empty when fine): an account needs a
 * number or an IBAN, and USD needs an ABA routing number (US buyers pay
 * domestically); SWIFT/BIC is needed from abroad, unless an IBAN inside SEPA
 * does the job, so it is optional.
 */
export function transferDetailsIssues(input: TransferDetailsInput): TransferDetailsProblem[] {
  const problems: TransferDetailsProblem[] = []
  const present = (value: string | null | undefined): value is string => typeof value === "string" && value.trim() !== ""
  if (!present(input.account_number) && !present(input.iban)) problems.push({ field: "account_number", reason: "an account number or an IBAN is required" })
  if (present(input.iban) && !isValidIban(input.iban)) problems.push({ field: "iban", reason: "not a valid IBAN (its check digits do not match)" })
  if (present(input.swift_bic) && !isValidSwiftBic(input.swift_bic)) problems.push({ field: "swift_bic", reason: "not a SWIFT/BIC code (8 or 11 letters and digits)" })
  if (present(input.aba_routing) && !isValidAbaRouting(input.aba_routing)) problems.push({ field: "aba_routing", reason: "not an ABA routing number (9 digits with a valid check digit)" })
  if (input.currency_code.toLowerCase() === "usd" && !present(input.aba_routing)) problems.push({ field: "aba_routing", reason: "required for USD, so buyers in the US can pay domestically" })
  return problems
}

/** The same problems as `field: reason` lines, as the route's message lists them. */
export function transferDetailsProblems(input: TransferDetailsInput): string[] {
  return transferDetailsIssues(input).map(({ field, reason }) => `${field}: ${reason}`)
}
