import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { bankTransferAdminMiddlewares } from "./admin/bank-transfer/middlewares"
import { authMiddlewares } from "./auth/middlewares"
import { coordinatorMiddlewares } from "./coordinator/middlewares"
import { hardenHttp } from "./hardening"
import { hookMiddlewares } from "./hooks/middlewares"
import { publicMiddlewares } from "./public/middlewares"
import { trustPageAdminMiddlewares } from "./admin/trust-pages/middlewares"
import { storeMiddlewares } from "./store/middlewares"

/** Validation, CORS and who may call, per route; each area states its own. */
export default defineMiddlewares({
  routes: [
    // Every request, first: client address, headers, and no input a column cannot hold (NUL, unsafe numbers).
    { matcher: "/", middlewares: [hardenHttp] },
    ...authMiddlewares,
    ...publicMiddlewares,
    ...storeMiddlewares,
    ...adminMiddlewares,
    ...bankTransferAdminMiddlewares,
    ...trustPageAdminMiddlewares,
    ...coordinatorMiddlewares,
    ...hookMiddlewares,
  ],
})
