import { useMutation } from "@tanstack/react-query"
import { coordinatorFetch } from "./client"

export interface AcceptedCoordinator {
  id: string
  email: string
  name: string
  status: string
}

export async function acceptInvite(input: { token: string; password: string }): Promise<AcceptedCoordinator> {
  const { coordinator } = await coordinatorFetch<{ coordinator: AcceptedCoordinator }>("/coordinator/invites/accept", {
    method: "POST",
    body: input,
    authenticated: false,
  })
  return coordinator
}

export function useAcceptInvite() {
  return useMutation({ mutationFn: acceptInvite })
}
