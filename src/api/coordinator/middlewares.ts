import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { coordinatorAccessProblem } from "../../lib/coordinator-session"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { storeCorsPolicy } from "../store-cors"
import { AcceptCoordinatorInvite, CoordinatorListParams, CoordinatorOrdersParams, CoordinatorSetStock, CoordinatorStatementQuery } from "./validators"
import { noQuery } from "../no-params"

/**
 * A valid token is not enough: the coordinator must still be active, checked
 * on every request, so deactivation takes effect at once. The coordinator
 * found is what every route scopes its data by.
 */
async function requireActiveCoordinator(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [coordinator] = await cooperatives.listCoordinators({ id: req.auth_context.actor_id }, { take: 1 })
  // A token from before the coordinator's latest activation (deactivated, then invited again) or password
  // change is not revived with them.
  const problem = coordinatorAccessProblem(coordinator, (req.auth_context as { iat?: unknown }).iat)
  if (problem) {
    res.status(401).json({
      type: "unauthorized",
      message: problem === "inactive" ? "This portal login is not active. Ask CIS staff." : "This sign-in is older than your current portal access. Sign in again.",
    })
    return
  }
  res.locals.coordinator = coordinator
  next()
}

const listQuery = validateAndTransformQuery(CoordinatorListParams, {})

// Case-insensitive and slash-tolerant, as Express matches routes: no spelling of a path may skip these.
const PORTAL = /^\/coordinator\/(?!invites\/accept\/?$)/i

/** Who may call: the coordinator actor only, active, and only about its own cooperative (each route scopes by it). */
export const coordinatorMiddlewares: MiddlewareRoute[] = [
  // A static matcher with its methods: Medusa mounts it where the preflight (OPTIONS) reaches it.
  { matcher: "/coordinator/*", methods: ["GET", "POST", "OPTIONS"], middlewares: [storeCorsPolicy] },
  // Login, registration, reset and refresh rules live with Medusa's auth routes: ../auth/middlewares.ts.
  { matcher: PORTAL, methods: ["GET", "POST", "PUT", "PATCH", "DELETE"], middlewares: [authenticate("coordinator", ["bearer", "session"]), requireActiveCoordinator] },
  {
    matcher: "/coordinator/invites/accept",
    methods: ["POST"],
    middlewares: [noQuery, validateAndTransformBody(AcceptCoordinatorInvite)],
  },
  { matcher: "/coordinator/me", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/coordinator/products", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/coordinator/balances", methods: ["GET"], middlewares: [noQuery] },
  {
    matcher: "/coordinator/variants/:id/stock",
    methods: ["POST"],
    middlewares: [noQuery, validateAndTransformBody(CoordinatorSetStock)],
  },
  { matcher: "/coordinator/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorOrdersParams, {})] },
  { matcher: "/coordinator/ledger-entries", methods: ["GET"], middlewares: [listQuery] },
  { matcher: "/coordinator/payouts", methods: ["GET"], middlewares: [listQuery] },
  { matcher: "/coordinator/payouts/:id/statement.csv", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorStatementQuery, {})] },
]
