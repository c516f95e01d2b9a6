import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"

/**
 * Medusa applies CORS to /store, /admin and /auth only. Routes this project
 * adds elsewhere (/public, /coordinator) are called by the storefront from
 * its own origin, so they get the store CORS policy here. Built on first use:
 * the config module is in the container.
 */
let storeCors: ReturnType<typeof cors> | undefined
export function storeCorsPolicy(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!storeCors) {
    const { projectConfig } = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
    storeCors = cors({ origin: parseCorsOrigins(projectConfig.http.storeCors), credentials: true })
  }
  return storeCors(req, res, next)
}
