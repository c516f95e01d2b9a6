import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { accountKeys } from "./query-keys"

export async function signOut(): Promise<void> {
  const sdk = await getMedusa()
  await sdk.auth.logout()
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signOut,
    // Nothing of the account stays on screen or in memory for the next person at this computer.
    onSuccess: () => {
      queryClient.setQueryData(accountKeys.customer(), null)
      queryClient.removeQueries({ queryKey: accountKeys.orders() })
    },
  })
}
