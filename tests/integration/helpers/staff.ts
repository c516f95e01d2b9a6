import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"

type Api = { post: (url: string, body: unknown) => Promise<{ data: { token: string } }> }

/**
 * A staff user made the way `medusa user` makes one, then logged in through
 * the real /auth route. Returns the headers of an authenticated staff request.
 */
export async function staffHeaders(container: MedusaContainer, api: Api, email = "staff@cis.test") {
  const password = "a-long-staff-password"
  const auth = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await auth.register("emailpass", { body: { email, password } })
  if (error || !authIdentity) throw new Error(`could not register ${email}: ${error}`)
  await createUserAccountWorkflow(container).run({ input: { authIdentityId: authIdentity.id, userData: { email } } })
  const { data } = await api.post("/auth/user/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${data.token}` } }
}
