import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { loginDelayMs, THROTTLES } from "../../lib/attempt-window"
import { coordinatorAccessProblem } from "../../lib/coordinator-session"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { CoordinatorUpdatePassword } from "../coordinator/validators"
import { clearAttempts, clientAddress, takeAttempt } from "../throttle"
import { ResetPasswordBody } from "./validators"

/**
 * Medusa's auth routes (`/auth/:actor_type/:auth_provider[/register|/reset-password|/update]`,
 * `/auth/token/refresh`) with this store's rules in front of them.
 *
 * These are global middlewares with the same parameters as Medusa's routes:
 * Express hands them the *decoded* `actor_type` and `auth_provider`, exactly
 * as the route handlers will see them, so `/auth/%63oordinator/...` or
 * `/auth/Coordinator/...` meet the same rules as the plain spelling. They
 * run before every method middleware of Medusa's (global ones sort first),
 * so a body is refused before Medusa spends a single-use reset token on it.
 * The rest of the path after the two parameters is matched the way Express
 * matches Medusa's routes (literal, case-insensitive, optional final slash).
 */

/** Only these actors register themselves: buyers, and staff through Medusa's invite flow (register, then accept). */
const SELF_REGISTERING = new Set(["customer", "user"])

const emailOf = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : "")

async function guardActorAuth(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const actorType = String(req.params.actor_type ?? "").toLowerCase()
  const provider = String(req.params.auth_provider ?? "").toLowerCase()
  const rest = req.path
  if (/^\/register\/?$/i.test(rest)) return refuseRegistration(actorType, res, next)
  if (provider !== "emailpass") return next()
  if (rest === "/" && (req.method === "GET" || req.method === "POST")) return throttleLogin(req, res, next)
  if (/^\/reset-password\/?$/i.test(rest) && req.method === "POST") return guardResetRequest(actorType, req, res, next)
  if (/^\/update\/?$/i.test(rest) && req.method === "POST") return guardPasswordUpdate(actorType, req, res, next)
  next()
}

/** Coordinators join by invitation only; no actor type but buyers and invited staff opens its own login. */
function refuseRegistration(actorType: string, res: MedusaResponse, next: MedusaNextFunction) {
  if (SELF_REGISTERING.has(actorType)) return next()
  res.status(401).json({
    type: "unauthorized",
    message: actorType === "coordinator" ? "Coordinators join by invitation: use the link CIS staff sent you." : "Registration is not open for this kind of account.",
  })
}

/**
 * Every emailpass login (staff, buyers, coordinators): counted per email,
 * whatever the actor type since they share one password per email, and per
 * client address. Counted before it is tried, atomically, so a parallel
 * burst cannot all pass; slowed from the fourth; refused after ten failures.
 * A success clears the email's count.
 */
async function throttleLogin(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const email = emailOf((req.body as { email?: unknown } | undefined)?.email)
  if ((await takeAttempt(req, res, THROTTLES.loginAddress, [clientAddress(req)], "Too many logins from this address")) === null) return
  const count = await takeAttempt(req, res, THROTTLES.loginEmail, [email], "Too many failed logins for this email")
  if (count === null) return
  const delay = loginDelayMs(count)
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay))
  res.on("finish", () => {
    if (res.statusCode < 300) void clearLoginFailures(req, email)
  })
  next()
}

async function clearLoginFailures(req: MedusaRequest, email: string) {
  try {
    await clearAttempts(req, THROTTLES.loginEmail, email)
  } catch (error) {
    // The login itself succeeded; a count left behind only expires with its window.
    req.scope.resolve(ContainerRegistrationKeys.LOGGER).warn(`Could not clear failed logins: ${(error as Error).message}`)
  }
}

/**
 * Medusa's reset request, for every actor type: one email and nothing else
 * (no `metadata`), five per email and twenty per address per quarter hour,
 * counted whether the email has a login or not, so the answer says nothing.
 * Coordinators' logins are stored lower-cased, so theirs is lower-cased too;
 * Medusa's own reset route then validates the same, normalised body.
 */
async function guardResetRequest(actorType: string, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const parsed = ResetPasswordBody.safeParse(req.body ?? {})
  if (!parsed.success) return refuseBody(res, parsed.error.issues)
  const identifier = actorType === "coordinator" ? parsed.data.identifier.toLowerCase() : parsed.data.identifier
  req.body = { identifier }
  if ((await takeAttempt(req, res, THROTTLES.resetAddress, [clientAddress(req)], "Too many password reset requests from this address")) === null) return
  if ((await takeAttempt(req, res, THROTTLES.resetEmail, [identifier.toLowerCase()], "Too many password reset requests for this email")) === null) return
  next()
}

/**
 * A password set through a reset link. For coordinators the body is the new
 * password only (checked before Medusa's token check spends the token).
 * For every actor type, once Medusa has changed it and before the answer
 * leaves: a coordinator with that login gets a new cut-off, so tokens
 * issued before the change stop working (and cannot be refreshed), and the
 * email's failed logins are cleared.
 */
function guardPasswordUpdate(actorType: string, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (actorType === "coordinator") {
    const parsed = CoordinatorUpdatePassword.safeParse(req.body ?? {})
    if (!parsed.success) return refuseBody(res, parsed.error.issues)
  }
  beforeSuccessAnswer(req, res, async () => {
    const email = (req as AuthenticatedMedusaRequest).auth_context?.actor_id
    if (!email) return
    const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
    const coordinators = await cooperatives.listCoordinators({ email }, { select: ["id"] })
    if (coordinators.length) {
      await cooperatives.updateCoordinators(coordinators.map(({ id }) => ({ id, password_changed_at: new Date() })))
    }
    await clearAttempts(req, THROTTLES.loginEmail, email.toLowerCase())
  })
  next()
}

/**
 * Medusa's token refresh re-reads the login's actor binding and signs a new
 * token with no other check. For coordinators that would revive a session
 * from before a deactivation or password change, or turn a token taken
 * before the login was bound to a coordinator into a coordinator's. A
 * coordinator's token is refreshed only when it names an active coordinator
 * and is newer than their latest activation and password change.
 */
const authenticateAnyone = authenticate("*", ["session", "bearer"], { allowUnregistered: true })

function guardTokenRefresh(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (req.method !== "POST" || !/^\/?$/.test(req.path)) return next()
  void authenticateAnyone(req, res, async (error?: unknown) => {
    if (error) return next(error)
    try {
      const context = (req as AuthenticatedMedusaRequest).auth_context
      if (String(context.actor_type).toLowerCase() !== "coordinator") return next()
      const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
      const [coordinator] = context.actor_id ? await cooperatives.listCoordinators({ id: context.actor_id }, { take: 1 }) : []
      const problem = context.actor_id ? coordinatorAccessProblem(coordinator, (context as { iat?: unknown }).iat) : "inactive"
      if (problem) {
        res.status(401).json({ type: "unauthorized", message: "This sign-in can no longer be renewed. Sign in again." })
        return
      }
      next()
    } catch (failure) {
      next(failure)
    }
  })
}

function refuseBody(res: MedusaResponse, issues: { path: PropertyKey[]; message: string }[]) {
  res.status(400).json({
    type: "invalid_data",
    message: `Invalid request: ${issues.map((issue) => `${issue.path.map(String).join(".") || "body"}: ${issue.message}`).join("; ")}`,
  })
}

/**
 * Runs `task` after the route handler decided on a success and before the
 * answer is sent, so the next request already sees its effect. When it
 * fails, the caller gets a 500 saying so instead of a success.
 */
function beforeSuccessAnswer(req: MedusaRequest, res: MedusaResponse, task: () => Promise<void>) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (res.statusCode >= 300) return send(body)
    task().then(
      () => send(body),
      (error: Error) => {
        req.scope.resolve(ContainerRegistrationKeys.LOGGER).error(`Password changed, but earlier sessions could not be ended: ${error.message}`)
        res.status(500)
        send({ type: "unexpected_state", message: "The password was changed, but earlier sign-ins could not be ended. Change it again." })
      }
    )
    return res
  }) as typeof res.json
}

/** Who may call: anyone; these guard Medusa's own login, registration, reset and refresh routes. */
export const authMiddlewares: MiddlewareRoute[] = [
  // No `methods`: registered as global middlewares (app.use), which run before Medusa's route middlewares.
  { matcher: "/auth/token/refresh", middlewares: [guardTokenRefresh] },
  { matcher: "/auth/:actor_type/:auth_provider", middlewares: [guardActorAuth] },
]
