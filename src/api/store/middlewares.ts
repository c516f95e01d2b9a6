import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { narrowPayments } from "../../lib/buyer-payments"
import { StoreGetPriceOrderParams } from "./catalog/price-order/validators"
import { StoreGetCooperativeParams, StoreGetCooperativesParams } from "./cooperatives/validators"
import { StoreGetImpactParams } from "./impact/validators"
import { refuseTransferWithoutInstructions } from "./bank-transfer/refuse-transfer-without-instructions"
import { StoreOrderLookup } from "./order-lookup/validators"
import { applyCooperativeFilters, prepareCooperativeQuery } from "./products/cooperative-visibility"

const noQuery = validateAndTransformQuery(StoreGetImpactParams, {})

/** The answer leaves with payments narrowed to what a buyer may see and no session, whatever fields were asked for. */
function redactAnswer(res: MedusaResponse) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => send(narrowPayments(body))) as typeof res.json
}

/**
 * Store answers about orders carry payments only as a buyer may see them
 * (provider, amount, currency, dates: src/lib/buyer-payments.ts) and never a
 * payment session: a processor's data holds a card's client secret, and an
 * order's id (or its cart's) is all Medusa asks for. Filtered from the
 * answer itself, so no spelling of `fields` gets more through, while Medusa's
 * own storefronts keep asking for `*payment_collections.payments` on their
 * confirmation page and get a 200.
 */
function redactOrderPayments(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  redactAnswer(res)
  next()
}

/**
 * A cart's payment sessions carry what the buyer's browser needs to pay (a
 * card's client secret) only while it is being paid for. Once the cart has
 * become an order, every answer about it, its payment collection included,
 * is narrowed as the order's are.
 */
async function redactCompletedCartPayments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: req.params.id } })
  if (data[0]?.completed_at) redactAnswer(res)
  next()
}

async function redactCompletedCollectionPayments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // POST /store/payment-collections names the cart in its body; every other route names the collection.
  const cartId = req.path === "/" ? (req.body as { cart_id?: unknown } | undefined)?.cart_id : undefined
  const collectionId = req.path === "/" ? undefined : safeDecode(req.path.split("/")[1] ?? "")
  const { data } =
    typeof cartId === "string"
      ? await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartId } })
      : collectionId
        ? await query.graph({ entity: "payment_collection", fields: ["id", "cart.completed_at"], filters: { id: collectionId } })
        : { data: [] }
  const row = data[0] as { completed_at?: unknown; cart?: { completed_at?: unknown } | null } | undefined
  if (row?.completed_at || row?.cart?.completed_at) redactAnswer(res)
  next()
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

/** Who may call: anyone with the publishable key (Medusa checks it on every /store route). */
export const storeMiddlewares: MiddlewareRoute[] = [
  // No `methods`: global middlewares, for every route under these paths (Medusa's own included), with decoded ids.
  { matcher: "/store/orders", middlewares: [redactOrderPayments] },
  { matcher: "/store/carts/:id", middlewares: [redactCompletedCartPayments] },
  { matcher: "/store/payment-collections", middlewares: [redactCompletedCollectionPayments] },
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
  { matcher: "/store/order-lookup", methods: ["POST"], middlewares: [noQuery, validateAndTransformBody(StoreOrderLookup)] },
  // Medusa's product routes, extended. The regex matcher runs before Medusa's own
  // middlewares for these paths (its router sorts regex matchers ahead of static ones);
  // the static ones below run after Medusa validated the query.
  { matcher: /^\/store\/products(\/[^/]+)?$/, methods: ["GET"], middlewares: [prepareCooperativeQuery] },
  { matcher: "/store/products", methods: ["GET"], middlewares: [applyCooperativeFilters] },
  { matcher: "/store/bank-transfer/currencies", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [refuseTransferWithoutInstructions] },
]
