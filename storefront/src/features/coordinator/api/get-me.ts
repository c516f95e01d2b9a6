import { useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

export interface PortalCooperative {
  id: string
  handle: string
  name: string
  producer_groups: string[]
  department: string
  municipality: string | null
}

export interface Me {
  coordinator: { id: string; email: string; name: string }
  /** Null only if staff deleted the cooperative after the login was made. */
  cooperative: PortalCooperative | null
}

export function getMe(): Promise<Me> {
  return coordinatorFetch<Me>("/coordinator/me")
}

export function useMe() {
  // Who is signed in does not change during a visit.
  return useQuery({ queryKey: coordinatorKeys.me(), queryFn: getMe, staleTime: Infinity, retry: isWorthRetrying })
}
