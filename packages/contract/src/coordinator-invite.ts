/** The body of POST /admin/cooperatives/:id/coordinators (an invitation), defined once for the route and the dashboard's form. */
import { z } from "zod"

export const AdminInviteCoordinator = z
  .object({
    email: z.string().trim().toLowerCase().email({ message: "email must be an email address" }).max(320),
    name: z.string().trim().min(2, { message: "name must have at least 2 characters" }).max(200),
  })
  .strict()
export type AdminInviteCoordinatorType = z.infer<typeof AdminInviteCoordinator>
export type AdminInviteCoordinatorBody = z.input<typeof AdminInviteCoordinator>
