import type { CoordinatorAcceptInviteResponse } from "@cis/contract/coordinator-response"
import { useMutation } from "@tanstack/react-query"
import { coordinatorFetch } from "./client"

export type AcceptedCoordinator = CoordinatorAcceptInviteResponse["coordinator"]

export async function acceptInvite(input: { token: string; password: string }): Promise<AcceptedCoordinator> {
  const { coordinator } = await coordinatorFetch<CoordinatorAcceptInviteResponse>("/coordinator/invites/accept", {
    method: "POST",
    body: input,
    authenticated: false,
  })
  return coordinator
}

export function useAcceptInvite() {
  return useMutation({ mutationFn: acceptInvite })
}
