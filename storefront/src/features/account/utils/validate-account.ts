/** What the sign-in and sign-up forms check before asking the store; the store checks again. */
export type AccountField = "email" | "password" | "firstName" | "lastName"
export type AccountProblem = "required" | "email" | "passwordShort"
export type AccountProblems = Partial<Record<AccountField, AccountProblem>>

export const MIN_PASSWORD_LENGTH = 8

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateSignIn(values: { email: string; password: string }): AccountProblems {
  const problems: AccountProblems = {}
  if (!values.email.trim()) problems.email = "required"
  else if (!EMAIL.test(values.email.trim())) problems.email = "email"
  if (!values.password) problems.password = "required"
  return problems
}

export function validateSignUp(values: { email: string; password: string; firstName: string; lastName: string }): AccountProblems {
  const problems = validateSignIn(values)
  if (!problems.password && values.password.length < MIN_PASSWORD_LENGTH) problems.password = "passwordShort"
  if (!values.firstName.trim()) problems.firstName = "required"
  if (!values.lastName.trim()) problems.lastName = "required"
  return problems
}
