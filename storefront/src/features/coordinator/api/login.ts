import { useMutation, useQueryClient } from "@tanstack/react-query"
import { saveToken } from "../utils/session"
import { coordinatorFetch } from "./client"
import { coordinatorKeys } from "./query-keys"

export interface Credentials {
  email: string
  password: string
}

/** Medusa's own auth route for the coordinator actor; the token answers every /coordinator call after. */
export async function login(credentials: Credentials): Promise<string> {
  const { token } = await coordinatorFetch<{ token: string }>("/auth/coordinator/emailpass", {
    method: "POST",
    body: credentials,
    authenticated: false,
  })
  return token
}

export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: login,
    onSuccess: (token) => {
      // A phone may be shared: nothing another coordinator's session loaded may show in this one.
      queryClient.removeQueries({ queryKey: coordinatorKeys.all })
      saveToken(token)
    },
  })
}
