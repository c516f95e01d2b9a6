import { useQueryClient } from "@tanstack/react-query"
import { useCallback } from "react"
import { coordinatorKeys } from "../api/query-keys"
import { forgetToken } from "../utils/session"

/** Forgets the token and everything it loaded; the portal's pages then send the visitor to sign in. */
export function useLogout() {
  const queryClient = useQueryClient()
  return useCallback(() => {
    forgetToken("logout")
    queryClient.removeQueries({ queryKey: coordinatorKeys.all })
  }, [queryClient])
}
