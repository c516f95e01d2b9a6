import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { StoreGetPriceOrderParams } from "./catalog/price-order/validators"
import { StoreGetCooperativeParams, StoreGetCooperativesParams } from "./cooperatives/validators"
import { StoreGetImpactParams } from "./impact/validators"
import { refuseTransferWithoutInstructions } from "./bank-transfer/refuse-transfer-without-instructions"
import { StoreOrderLookup } from "./order-lookup/validators"
import {
  applyCooperativeFilters,
  hidePausedProduct,
  prepareCooperativeQuery,
  refusePausedVariant,
} from "./products/cooperative-visibility"

const noQuery = validateAndTransformQuery(StoreGetImpactParams, {})

/** Payments and sessions carry the processor's data (a card's client secret); no store order answer includes them. */
const PAYMENT_DETAILS = /payment_collections\.(payments|payment_sessions)|(^|[,+*])payment_sessions/

/**
 * Medusa's store order routes let whoever holds an order id ask for
 * `*payment_collections.payments` or `.payment_sessions`, each with its
 * provider `data`. This store refuses such a `fields` request, naming the
 * field; how an order was paid is at /store/orders/:id/payment instead.
 */
function refusePaymentDetails(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const fields = req.query.fields
  const asked = (Array.isArray(fields) ? fields : [fields]).filter((value): value is string => typeof value === "string")
  if (asked.some((value) => PAYMENT_DETAILS.test(value))) {
    res.status(400).json({
      type: "invalid_data",
      message: "fields: payment details are not served by the store; GET /store/orders/:id/payment says how an order was paid",
    })
    return
  }
  next()
}

/** Who may call: anyone with the publishable key (Medusa checks it on every /store route). */
export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/cooperatives", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetCooperativesParams, {})] },
  {
    matcher: "/store/cooperatives/:handle",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetCooperativeParams, {})],
  },
  {
    matcher: "/store/catalog/price-order",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetPriceOrderParams, {})],
  },
  { matcher: "/store/impact", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetImpactParams, {})] },
  { matcher: "/store/revenue-split", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/orders/:id/revenue-split", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/orders/:id/payment", methods: ["GET"], middlewares: [noQuery] },
  // A regex matcher, so it runs before Medusa's own query validation for these paths.
  { matcher: /^\/store\/orders(\/[^/]+)?\/?$/i, methods: ["GET"], middlewares: [refusePaymentDetails] },
  { matcher: "/store/order-lookup", methods: ["POST"], middlewares: [noQuery, validateAndTransformBody(StoreOrderLookup)] },
  // Medusa's product routes, extended. The regex matcher runs before Medusa's own
  // middlewares for these paths (its router sorts regex matchers ahead of static ones);
  // the static ones below run after Medusa validated the query.
  { matcher: /^\/store\/products(\/[^/]+)?$/, methods: ["GET"], middlewares: [prepareCooperativeQuery] },
  { matcher: "/store/products", methods: ["GET"], middlewares: [applyCooperativeFilters] },
  { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hidePausedProduct] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [refusePausedVariant] },
  { matcher: "/store/bank-transfer/currencies", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [refuseTransferWithoutInstructions] },
]
