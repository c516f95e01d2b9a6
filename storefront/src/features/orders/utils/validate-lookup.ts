export interface LookupProblems {
  email?: "required" | "invalid"
  number?: "required" | "invalid"
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The order number as Medusa's display_id, or the problems with what was typed. */
export function validateLookup(email: string, number: string): { problems: LookupProblems; displayId?: number } {
  const problems: LookupProblems = {}
  if (!email.trim()) problems.email = "required"
  else if (!EMAIL.test(email.trim())) problems.email = "invalid"
  // Buyers often copy "#1024" from the confirmation.
  const digits = number.trim().replace(/^#/, "")
  if (!digits) problems.number = "required"
  else if (!/^\d{1,10}$/.test(digits) || Number(digits) < 1 || Number(digits) > 2_147_483_647) problems.number = "invalid"
  return Object.keys(problems).length > 0 ? { problems } : { problems, displayId: Number(digits) }
}
