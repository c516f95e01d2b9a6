import type { MiddlewareRoute } from "@medusajs/framework/http"
import { storeCorsPolicy } from "../store-cors"
import { noQuery } from "../no-params"

/** Who may call: anyone (no key, no session); it only reveals the publishable key. */
export const publicMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/public/storefront-config",
    methods: ["GET", "OPTIONS"],
    middlewares: [storeCorsPolicy, noQuery],
  },
]
