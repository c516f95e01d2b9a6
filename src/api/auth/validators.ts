import { z } from "@medusajs/framework/zod"

/**
 * Medusa's reset-password request, held to one email and nothing else for
 * every actor type (Medusa's own schema takes any string and a free
 * `metadata` object, which it passes on to the reset event).
 */
export const ResetPasswordBody = z
  .object({
    identifier: z.string().trim().email({ message: "identifier must be an email address" }).max(320),
  })
  .strict()
export type ResetPasswordBodyType = z.infer<typeof ResetPasswordBody>
