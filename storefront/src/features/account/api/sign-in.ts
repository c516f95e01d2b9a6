import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { accountKeys } from "./query-keys"

export interface SignInInput {
  email: string
  password: string
}

/** Medusa's customer login (`/auth/customer/emailpass`); the SDK keeps the token and sends it from then on. */
export async function signIn({ email, password }: SignInInput): Promise<void> {
  const sdk = await getMedusa()
  const answer = await sdk.auth.login("customer", "emailpass", { email, password })
  if (typeof answer !== "string") throw new Error("Unexpected sign-in answer")
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  })
}
