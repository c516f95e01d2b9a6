import type { CoordinatorCooperative, CoordinatorMeResponse } from "@cis/contract/coordinator-response"
import { useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

/** Who is signed in and the cooperative's public profile (the contract's, as the route answers them). */
export type PortalCooperative = CoordinatorCooperative
export type Me = CoordinatorMeResponse

export function getMe(): Promise<Me> {
  return coordinatorFetch<Me>("/coordinator/me")
}

export function useMe() {
  // Who is signed in does not change during a visit.
  return useQuery({ queryKey: coordinatorKeys.me(), queryFn: getMe, staleTime: Infinity, retry: isWorthRetrying })
}
