import { useMutation, useQueryClient } from "@tanstack/react-query"
import { forgetToken } from "../utils/session"
import { coordinatorSend } from "./client"
import { coordinatorKeys } from "./query-keys"

/** Sets the new password with the emailed link's single-use token (Medusa's update route, the token as bearer). */
export async function resetPassword({ token, password }: { token: string; password: string }): Promise<void> {
  await coordinatorSend("/auth/coordinator/emailpass/update", {
    method: "POST",
    body: { password },
    authenticated: false,
    bearer: token,
  })
}

export function useResetPassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => {
      // Whoever was signed in on this device signs in again, with the new password.
      forgetToken("logout")
      queryClient.removeQueries({ queryKey: coordinatorKeys.all })
    },
  })
}
