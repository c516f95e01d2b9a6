import {
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"
import { GetStorefrontConfigParams } from "./storefront-config/validators"

/**
 * Medusa applies CORS to /store, /admin and /auth only. Routes under /public
 * are read by the storefront from its own origin, so they get the store CORS
 * policy here. Built on first use: the config module is in the container.
 */
let storeCors: ReturnType<typeof cors> | undefined
function storeCorsPolicy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!storeCors) {
    const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    storeCors = cors({ origin: parseCorsOrigins(projectConfig.http.storeCors), credentials: true })
  }
  return storeCors(req, res, next)
}

/** Who may call: anyone (no key, no session); it only reveals the publishable key. */
export const publicMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/public/storefront-config",
    methods: ["GET", "OPTIONS"],
    middlewares: [storeCorsPolicy, validateAndTransformQuery(GetStorefrontConfigParams, {})],
  },
]
