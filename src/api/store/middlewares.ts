import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetPriceOrderParams } from "./catalog/price-order/validators"
import { StoreGetCooperativeParams, StoreGetCooperativesParams } from "./cooperatives/validators"
import { StoreGetImpactParams } from "./impact/validators"
import { StoreOrderLookup } from "./order-lookup/validators"
import {
  applyCooperativeFilters,
  hidePausedProduct,
  prepareCooperativeQuery,
  refusePausedVariant,
} from "./products/cooperative-visibility"

const noQuery = validateAndTransformQuery(StoreGetImpactParams, {})

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
  { matcher: "/store/order-lookup", methods: ["POST"], middlewares: [noQuery, validateAndTransformBody(StoreOrderLookup)] },
  // Medusa's product routes, extended. The regex matcher runs before Medusa's own
  // middlewares for these paths (its router sorts regex matchers ahead of static ones);
  // the static ones below run after Medusa validated the query.
  { matcher: /^\/store\/products(\/[^/]+)?$/, methods: ["GET"], middlewares: [prepareCooperativeQuery] },
  { matcher: "/store/products", methods: ["GET"], middlewares: [applyCooperativeFilters] },
  { matcher: "/store/products/:id", methods: ["GET"], middlewares: [hidePausedProduct] },
  { matcher: "/store/carts/:id/line-items", methods: ["POST"], middlewares: [refusePausedVariant] },
]
