import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { loginGate, nextAttempt, type AttemptState } from "../../lib/attempt-window"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { storeCorsPolicy } from "../store-cors"
import { AcceptCoordinatorInvite, CoordinatorListParams, CoordinatorSetStock, NoCoordinatorQuery } from "./validators"

/** Ten failed logins per email per quarter hour, then refused until the quarter hour ends. */
const LOGIN_FAILURES = 10
const LOGIN_WINDOW_MS = 15 * 60_000

/**
 * Slows and then refuses repeated failed logins for one email, whoever tries
 * them. The count lives in Medusa's cache module (Redis when configured, so
 * every instance sees it); a success clears it.
 */
async function throttleCoordinatorLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as { email?: unknown } | undefined
  const email = typeof body?.email === "string" ? body.email.trim().toLowerCase() : ""
  const cache: ICacheService = req.scope.resolve(Modules.CACHE)
  const key = `coordinator-login:${email}`
  const failures = await cache.get<AttemptState>(key)
  const gate = loginGate(failures, Date.now(), LOGIN_FAILURES, LOGIN_WINDOW_MS)
  if (gate.retry_after) {
    res.setHeader("Retry-After", String(gate.retry_after))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many failed logins for this email; try again in ${Math.ceil(gate.retry_after / 60)} minutes.`,
      retry_after: gate.retry_after,
    })
    return
  }
  if (gate.delay_ms) await new Promise((resolve) => setTimeout(resolve, gate.delay_ms))
  // Counted as a failure before the attempt, so a burst of parallel tries cannot all read the same
  // count; a success clears it.
  await cache.set(key, nextAttempt(failures, Date.now(), LOGIN_FAILURES, LOGIN_WINDOW_MS).state, LOGIN_WINDOW_MS / 1000)
  res.on("finish", () => {
    if (res.statusCode < 300) void cache.invalidate(key)
  })
  next()
}

/** Coordinators join by invitation only: Medusa's open registration route is closed to this actor type. */
function refuseOpenRegistration(_req: MedusaRequest, res: MedusaResponse) {
  res.status(401).json({ type: "unauthorized", message: "Coordinators join by invitation: use the link CIS staff sent you." })
}

/**
 * A valid token is not enough: the coordinator must still be active, checked
 * on every request, so deactivation takes effect at once. The coordinator
 * found is what every route scopes its data by.
 */
async function requireActiveCoordinator(req: AuthenticatedMedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [coordinator] = await cooperatives.listCoordinators({ id: req.auth_context.actor_id, status: "active" }, { take: 1 })
  if (!coordinator) {
    res.status(401).json({ type: "unauthorized", message: "This portal login is not active. Ask CIS staff." })
    return
  }
  res.locals.coordinator = coordinator
  next()
}

// Case-insensitive and slash-tolerant, as Express matches routes: no spelling of a path may skip these.
const PORTAL = /^\/coordinator\/(?!invites\/accept\/?$)/i

/** Who may call: the coordinator actor only, active, and only about its own cooperative (each route scopes by it). */
export const coordinatorMiddlewares: MiddlewareRoute[] = [
  // A static matcher with its methods: Medusa mounts it where the preflight (OPTIONS) reaches it.
  { matcher: "/coordinator/*", methods: ["GET", "POST", "OPTIONS"], middlewares: [storeCorsPolicy] },
  // Medusa answers the login on GET as well as POST.
  { matcher: /^\/auth\/coordinator\/emailpass\/?$/i, methods: ["GET", "POST"], middlewares: [throttleCoordinatorLogin] },
  { matcher: /^\/auth\/coordinator\/[^/]+\/register\/?$/i, methods: ["GET", "POST"], middlewares: [refuseOpenRegistration] },
  { matcher: PORTAL, methods: ["GET", "POST", "PUT", "PATCH", "DELETE"], middlewares: [authenticate("coordinator", ["bearer", "session"]), requireActiveCoordinator] },
  {
    matcher: "/coordinator/invites/accept",
    methods: ["POST"],
    middlewares: [validateAndTransformQuery(NoCoordinatorQuery, {}), validateAndTransformBody(AcceptCoordinatorInvite)],
  },
  { matcher: "/coordinator/me", methods: ["GET"], middlewares: [validateAndTransformQuery(NoCoordinatorQuery, {})] },
  { matcher: "/coordinator/products", methods: ["GET"], middlewares: [validateAndTransformQuery(NoCoordinatorQuery, {})] },
  { matcher: "/coordinator/balances", methods: ["GET"], middlewares: [validateAndTransformQuery(NoCoordinatorQuery, {})] },
  {
    matcher: "/coordinator/variants/:id/stock",
    methods: ["POST"],
    middlewares: [validateAndTransformQuery(NoCoordinatorQuery, {}), validateAndTransformBody(CoordinatorSetStock)],
  },
  { matcher: "/coordinator/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorListParams, {})] },
  { matcher: "/coordinator/ledger-entries", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorListParams, {})] },
  { matcher: "/coordinator/payouts", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorListParams, {})] },
  { matcher: "/coordinator/payouts/:id/statement.csv", methods: ["GET"], middlewares: [validateAndTransformQuery(NoCoordinatorQuery, {})] },
]
