import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBodyWithIssues } from "../../validate-body-with-issues"
import { AdminUpdateTrustPage, NoQuery } from "./validators"

const noQuery = validateAndTransformQuery(NoQuery, {})

/** Who may call: CIS staff only (Medusa authenticates every /admin route as a `user`). */
export const trustPageAdminMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/trust-pages", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/trust-pages/:slug", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/admin/trust-pages/:slug", methods: ["POST"], middlewares: [noQuery, validateBodyWithIssues(AdminUpdateTrustPage)] },
]
