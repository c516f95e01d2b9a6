import {
  validateAndTransformBody,
  validateAndTransformQuery,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { answerPending } from "../../lib/after-the-answer"
import { carriesPayments, narrowPayments } from "../../lib/buyer-payments"
import { CATALOG_READ_MATCHERS, catalogCacheHeaders } from "./catalog-cache"
import { authenticateBuyerIfAny, markPlacedBy, refuseClientPlacedBy } from "./carts/mark-placed-by"
import { StoreGetPriceOrderParams } from "./catalog/price-order/validators"
import { StoreGetCooperativesParams } from "./cooperatives/validators"
import { refuseTransferWithoutInstructions } from "./bank-transfer/refuse-transfer-without-instructions"
import { StoreOrderLookup } from "./order-lookup/validators"
import { StoreTrustPageParams } from "./trust-pages/validators"
import { applyCooperativeFilters, prepareCooperativeQuery } from "./products/cooperative-visibility"
import { noQuery } from "../no-params"
import { searchInReadersLanguage } from "./products/translated-search"
import { capSearchLength } from "./products/search-length"

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
 * Narrows the answer once the cart it is about has become an order. Only an
 * answer carrying payments or sessions needs to know, and a cart's answer
 * says itself whether it is completed (`completed_at` is among Medusa's
 * default fields), so most requests cost no query; otherwise it is looked up,
 * and an answer whose lookup failed is narrowed (the safe side).
 */
function narrowOnceCompleted(res: MedusaResponse, fromAnswer: (body: unknown) => boolean | undefined, lookUp: () => Promise<boolean>) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    if (!carriesPayments(body)) return send(body)
    const known = fromAnswer(body)
    if (known !== undefined) return send(known ? narrowPayments(body) : body)
    void lookUp()
      .then(
        (completed) => send(completed ? narrowPayments(body) : body),
        () => send(narrowPayments(body))
      )
      // A failure while sending must not become an unhandled rejection (which ends the process): the buyer gets a 500.
      .catch(() => {
        if (!res.headersSent) res.status(500).end()
      })
    return res
  }) as typeof res.json
}

const isCompleted = (row: { completed_at?: unknown; cart?: { completed_at?: unknown } | null } | undefined) =>
  Boolean(row?.completed_at || row?.cart?.completed_at)

/**
 * A cart's payment sessions carry what the buyer's browser needs to pay (a
 * card's client secret) only while it is being paid for. Once the cart has
 * become an order, every answer about it, its payment collection included,
 * is narrowed as the order's are.
 */
function redactCompletedCartPayments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const fromAnswer = (body: unknown) => {
    const answer = body as { type?: unknown; cart?: Record<string, unknown> } | null
    if (answer?.type === "order") return true
    return answer?.cart && "completed_at" in answer.cart ? Boolean(answer.cart.completed_at) : undefined
  }
  narrowOnceCompleted(res, fromAnswer, async () => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: req.params.id } })
    return isCompleted(data[0])
  })
  next()
}

function redactCompletedCollectionPayments(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  // POST /store/payment-collections names the cart in its body; every other route names the collection.
  const cartId = req.path === "/" ? (req.body as { cart_id?: unknown } | undefined)?.cart_id : undefined
  const collectionId = req.path === "/" ? undefined : safeDecode(req.path.split("/")[1] ?? "")
  narrowOnceCompleted(res, () => undefined, async () => {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } =
      typeof cartId === "string"
        ? await query.graph({ entity: "cart", fields: ["id", "completed_at"], filters: { id: cartId } })
        : collectionId
          ? await query.graph({ entity: "payment_collection", fields: ["id", "cart.completed_at"], filters: { id: collectionId } })
          : { data: [] }
    return isCompleted(data[0] as Parameters<typeof isCompleted>[0])
  })
  next()
}

/**
 * The checkout answer is pending from the request's start until the response
 * has been handed to the network ('finish') or the connection dropped
 * ('close'): order.placed subscribers wait for it (src/lib/after-the-answer.ts).
 */
function holdSubscribersUntilAnswered(_req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const answered = answerPending()
  res.once("finish", answered)
  res.once("close", answered)
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
  // Anonymous catalog reads may be cached (src/api/store/catalog-cache.ts); first, so every answer of these routes passes it.
  ...CATALOG_READ_MATCHERS.map((matcher) => ({ matcher, methods: ["GET" as const], middlewares: [catalogCacheHeaders] })),
  // No `methods`: global middlewares, for every route under these paths (Medusa's own included), with decoded ids.
  { matcher: "/store/orders", middlewares: [redactOrderPayments] },
  { matcher: "/store/carts/:id", middlewares: [redactCompletedCartPayments] },
  { matcher: "/store/carts", methods: ["POST"], middlewares: [refuseClientPlacedBy] },
  { matcher: "/store/carts/:id", methods: ["POST"], middlewares: [refuseClientPlacedBy] },
  { matcher: "/store/carts/:id/complete", methods: ["POST"], middlewares: [authenticateBuyerIfAny, markPlacedBy, holdSubscribersUntilAnswered] },
  { matcher: "/store/payment-collections", middlewares: [redactCompletedCollectionPayments] },
  { matcher: "/store/cooperatives", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreGetCooperativesParams, {})] },
  {
    matcher: "/store/cooperatives/:handle",
    methods: ["GET"],
    middlewares: [noQuery],
  },
  {
    matcher: "/store/catalog/price-order",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(StoreGetPriceOrderParams, {})],
  },
  { matcher: "/store/impact", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/revenue-split", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/orders/:id/revenue-split", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/orders/:id/payment", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/order-lookup", methods: ["POST"], middlewares: [noQuery, validateAndTransformBody(StoreOrderLookup)] },
  // Medusa's product routes, extended. The regex matcher runs before Medusa's own
  // middlewares for these paths (its router sorts regex matchers ahead of static ones);
  // the static ones below run after Medusa validated the query.
  { matcher: /^\/store\/products(\/[^/]+)?$/, methods: ["GET"], middlewares: [capSearchLength, prepareCooperativeQuery] },
  { matcher: "/store/products", methods: ["GET"], middlewares: [applyCooperativeFilters, searchInReadersLanguage] },
  { matcher: "/store/bank-transfer/currencies", methods: ["GET"], middlewares: [noQuery] },
  { matcher: "/store/trust-pages", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTrustPageParams, {})] },
  { matcher: "/store/trust-pages/:slug", methods: ["GET"], middlewares: [validateAndTransformQuery(StoreTrustPageParams, {})] },
  { matcher: "/store/payment-collections/:id/payment-sessions", methods: ["POST"], middlewares: [refuseTransferWithoutInstructions] },
]
