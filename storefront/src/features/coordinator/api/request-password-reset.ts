import { useMutation } from "@tanstack/react-query"
import { coordinatorSend } from "./client"

/**
 * Medusa's own reset route for the coordinator actor. It answers the same
 * whether or not the email has a login; the backend emails a link only to
 * an active coordinator.
 */
export async function requestPasswordReset(email: string): Promise<void> {
  await coordinatorSend("/auth/coordinator/emailpass/reset-password", {
    method: "POST",
    body: { identifier: email },
    authenticated: false,
  })
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset })
}
