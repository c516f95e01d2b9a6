import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { accountKeys } from "./query-keys"
import { signIn } from "./sign-in"

export interface SignUpInput {
  email: string
  password: string
  firstName: string
  lastName: string
}

/**
 * Medusa's sign-up in its three calls: the login is registered, the
 * customer made with that registration's token, then the buyer signs in
 * (the registration's token names no customer yet).
 */
export async function signUp({ email, password, firstName, lastName }: SignUpInput): Promise<void> {
  const sdk = await getMedusa()
  await sdk.auth.register("customer", "emailpass", { email, password })
  await sdk.store.customer.create({ email, first_name: firstName, last_name: lastName })
  await signIn({ email, password })
}

export function useSignUp() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signUp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  })
}
