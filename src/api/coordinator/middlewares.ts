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
import {
  AcceptCoordinatorInvite,
  CoordinatorListParams,
  CoordinatorOrdersParams,
  CoordinatorResetPassword,
  CoordinatorSetStock,
  CoordinatorUpdatePassword,
  NoCoordinatorQuery,
  type CoordinatorResetPasswordType,
} from "./validators"

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
  const key = loginKey(email)
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

const loginKey = (email: string) => `coordinator-login:${email}`

/** Five reset links per email per quarter hour: enough for a lost email, too few to flood a coordinator's inbox. */
const RESET_REQUESTS = 5
const RESET_WINDOW_MS = 15 * 60_000

/**
 * Counts reset requests per email, known or not, so the answer (and the
 * 429) says nothing about whether the email has a login.
 */
async function throttleCoordinatorPasswordReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const { identifier } = req.validatedBody as CoordinatorResetPasswordType
  const cache: ICacheService = req.scope.resolve(Modules.CACHE)
  const key = `coordinator-reset:${identifier}`
  const decision = nextAttempt(await cache.get<AttemptState>(key), Date.now(), RESET_REQUESTS, RESET_WINDOW_MS)
  await cache.set(key, decision.state, RESET_WINDOW_MS / 1000)
  if (!decision.allowed) {
    res.setHeader("Retry-After", String(decision.retry_after))
    res.status(429).json({
      type: "too_many_requests",
      message: `Too many password reset requests for this email; try again in ${Math.ceil(decision.retry_after / 60)} minutes.`,
      retry_after: decision.retry_after,
    })
    return
  }
  next()
}

/** Medusa's own reset route validates req.body again after this: it must see the same, normalised email. */
function useValidatedBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  req.body = req.validatedBody
  next()
}

/**
 * A password just set through a reset link clears the failed-login count for
 * that email: the coordinator proved they hold the mailbox, and should not
 * wait out a lock someone else's guesses caused.
 */
function clearLoginFailuresAfterReset(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.on("finish", () => {
    const email = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
    if (res.statusCode < 300 && email) void req.scope.resolve<ICacheService>(Modules.CACHE).invalidate(loginKey(email.toLowerCase()))
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
  // A token from before the coordinator's latest activation (deactivated, then invited again) is not revived with them.
  const issuedAt = (req.auth_context as { iat?: unknown }).iat
  if (typeof issuedAt === "number" && coordinator.activated_at && issuedAt < Math.floor(new Date(coordinator.activated_at).getTime() / 1000)) {
    res.status(401).json({ type: "unauthorized", message: "This sign-in is older than your current portal access. Sign in again." })
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
  // Regular expressions run before Medusa's own /auth/:actor_type/... middlewares: the update's body is refused
  // before Medusa's token check spends the single-use reset token on it.
  {
    matcher: /^\/auth\/coordinator\/emailpass\/reset-password\/?$/i,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(CoordinatorResetPassword), useValidatedBody, throttleCoordinatorPasswordReset],
  },
  {
    matcher: /^\/auth\/coordinator\/emailpass\/update\/?$/i,
    methods: ["POST"],
    middlewares: [validateAndTransformBody(CoordinatorUpdatePassword), clearLoginFailuresAfterReset],
  },
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
  { matcher: "/coordinator/orders", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorOrdersParams, {})] },
  { matcher: "/coordinator/ledger-entries", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorListParams, {})] },
  { matcher: "/coordinator/payouts", methods: ["GET"], middlewares: [validateAndTransformQuery(CoordinatorListParams, {})] },
  { matcher: "/coordinator/payouts/:id/statement.csv", methods: ["GET"], middlewares: [validateAndTransformQuery(NoCoordinatorQuery, {})] },
]
