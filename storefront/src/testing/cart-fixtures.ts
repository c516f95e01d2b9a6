/**
 * Carts, shipping options, orders and revenue splits shaped like Medusa
 * 2.21's store answers (trimmed to what the storefront reads), plus a small
 * stateful cart backend so tests drive the real request sequence.
 */
import { json, type stubFetch } from "./fake-backend"

export interface ItemInput {
  id: string
  productId: string
  title: string
  unitPrice: number
  quantity?: number
  variantTitle?: string
  taxInclusive?: boolean
}

export function cartItem({ id, productId, title, unitPrice, quantity = 1, variantTitle = "Default", taxInclusive = false }: ItemInput) {
  return {
    id,
    title,
    product_title: title,
    product_id: productId,
    product_handle: productId.replace("prod_", ""),
    variant_id: `variant_${productId}`,
    variant_title: variantTitle,
    thumbnail: `http://localhost:9000/static/${productId}.svg`,
    quantity,
    unit_price: unitPrice,
    is_tax_inclusive: taxInclusive,
    created_at: `2026-01-01T00:00:0${id.slice(-1)}.000Z`,
  }
}

export type FakeItem = ReturnType<typeof cartItem>

export interface CartState {
  id: string
  region_id: string
  currency_code: string
  email?: string | null
  items: FakeItem[]
  promotions?: { id: string; code: string; is_automatic: boolean }[]
  shipping_methods?: { id: string; shipping_option_id: string; amount: number }[]
  shipping_address?: Record<string, string | null> | null
  discount?: number
  tax?: number
  completed_at?: string | null
  payment_collection?: { id: string } | null
  /** Medusa's cart locale; undefined for a cart made before carts had one. */
  locale?: string | null
}

/** A cart answer with totals worked out the simple way (tax-exclusive unless items say otherwise). */
export function storeCart(state: CartState) {
  const items = state.items.reduce((sum, item) => sum + Math.round(item.unit_price * 100) * item.quantity, 0)
  const shipping = (state.shipping_methods ?? []).reduce((sum, method) => sum + Math.round(method.amount * 100), 0)
  const discount = Math.round((state.discount ?? 0) * 100)
  const tax = Math.round((state.tax ?? 0) * 100)
  const inclusive = state.items.some((item) => item.is_tax_inclusive)
  const total = items - discount + shipping + (inclusive ? 0 : tax)
  return {
    id: state.id,
    region_id: state.region_id,
    currency_code: state.currency_code,
    locale: state.locale ?? null,
    email: state.email ?? null,
    completed_at: state.completed_at ?? null,
    items: state.items,
    promotions: state.promotions ?? [],
    shipping_methods: state.shipping_methods ?? [],
    shipping_address: state.shipping_address ?? null,
    payment_collection: state.payment_collection ?? null,
    item_subtotal: items / 100,
    subtotal: (items + shipping - discount) / 100,
    discount_total: discount / 100,
    discount_subtotal: discount / 100,
    shipping_total: shipping / 100,
    shipping_subtotal: shipping / 100,
    tax_total: tax / 100,
    total: total / 100,
  }
}

export function cooperativeProduct(productId: string, cooperative: { id: string; handle: string; name: string } | null, stock?: number) {
  return {
    id: productId,
    cooperative: cooperative ? { ...cooperative, producer_groups: ["women"], department: "cabanas", share_bps: 6000 } : null,
    variants: [
      { id: `variant_${productId}`, manage_inventory: stock !== undefined, inventory_quantity: stock ?? 0 },
    ],
  }
}

export const florDeCopinol = { id: "coop_flor", handle: "flor-de-copinol", name: "Cooperativa Flor de Copinol" }
export const arcoiris = { id: "coop_arco", handle: "arcoiris", name: "Cooperativa Arcoíris" }

export function shippingOption(id: string, name: string, amount: number) {
  return { id, name, price_type: "flat", amount, calculated_price: { calculated_amount: amount }, insufficient_inventory: false }
}

export function medusaError(status: number, message: string, type = "invalid_data") {
  return json({ type, message }, status)
}

export const OUT_OF_STOCK_MESSAGE = "Some variant does not have the required inventory"
/** What the buyer who loses the race for the last unit is told, from the reservation itself. */
export const SOLD_OUT_IN_RACE_MESSAGE = "Not enough stock available for item iitem_01 at location sloc_01"

export function storeOrder(overrides: Partial<{ id: string; display_id: number; currency_code: string }> = {}) {
  const currency = overrides.currency_code ?? "usd"
  return {
    id: overrides.id ?? "order_1",
    display_id: overrides.display_id ?? 1024,
    created_at: "2026-03-14T15:00:00.000Z",
    currency_code: currency,
    items: [
      { ...cartItem({ id: "oitem_1", productId: "prod_dove", title: "Clay dove of peace", unitPrice: 18, quantity: 2 }) },
    ],
    shipping_methods: [{ id: "sm_1", amount: 15 }],
    item_subtotal: 36,
    subtotal: 51,
    discount_total: 0,
    discount_subtotal: 0,
    shipping_total: 15,
    shipping_subtotal: 15,
    tax_total: 0,
    total: 51,
  }
}

/** An order's payment collections as `*payment_collections.payments` returns them. */
/** GET /store/orders/:id/payment: how the order was paid, and whether the money was taken. */
/** A bank transfer still awaited, as the store describes it (minor units). */
export function transferDue(overrides: Record<string, unknown> = {}) {
  return {
    amount_due: 5100,
    currency_code: "usd",
    reference: "CIS-1024",
    deadline: "2026-03-15T12:00:00.000Z",
    instructions: {
      beneficiary: "Centro de Intercambio y Solidaridad",
      bank_name: "Example Community Bank",
      bank_address: null,
      account_number: "000123456789",
      iban: null,
      swift_bic: "EXMPUS33XXX",
      aba_routing: "011000015",
      note: null,
    },
    ...overrides,
  }
}

/** The store's payment summary; an uncaptured bank transfer carries its instructions, as the store sends them. */
export function orderPaymentBody(providerId: string, captured = false) {
  const awaiting = providerId === "pp_system_default" && !captured
  return { payment: { provider_id: providerId, captured, transfer: awaiting ? transferDue() : null } }
}

/** `pendingShare`: how much of the cooperative's 21.60 still waits for the buyer's money (all of it for a transfer not received). */
export function revenueSplitBody(recorded: boolean, currency = "usd", pendingShare = 0) {
  return {
    split: {
      currency_code: currency,
      recorded,
      paid: recorded && pendingShare === 0,
      cooperatives: recorded ? [{ ...florDeCopinol, amount: 2160, pending: pendingShare }] : [],
      community_fund: recorded ? 360 : 0,
      cis_operations: recorded ? 1080 : 0,
    },
  }
}

/** POST /store/order-lookup's answer: by number, with how it was paid, never the order's id. */
export function lookedUpOrder(providerId = "pp_system_default", captured = false) {
  return {
    order: {
      display_id: 1024,
      created_at: "2026-03-14T15:00:00.000Z",
      status: "pending",
      fulfillment_status: "not_fulfilled",
      payment_status: "authorized",
      currency_code: "usd",
      total: 51,
      items: [{ title: "Clay dove of peace", variant_title: "Blue", quantity: 2, thumbnail: "http://localhost:9000/static/prod_dove.svg", total: 36 }],
      // The lookup carries the same payment summary as the order's payment route, transfer instructions included.
      payment: orderPaymentBody(providerId, captured).payment,
    },
  }
}

/** The JSON body a request was sent with (the js-sdk sends JSON strings). */
export function bodyOf(init: RequestInit | undefined): Record<string, unknown> {
  return typeof init?.body === "string" ? (JSON.parse(init.body) as Record<string, unknown>) : {}
}

/** Method and JSON body of each request made to one path, in order. */
export function sentTo(fetchMock: ReturnType<typeof stubFetch>, pathname: string) {
  return fetchMock.mock.calls
    .filter(([input]) => new URL(input instanceof Request ? input.url : String(input)).pathname === pathname)
    .map(([, init]) => ({ method: init?.method ?? "GET", body: bodyOf(init) }))
}

type Handler = Parameters<typeof stubFetch>[0][string]
type PatternHandler = (url: URL, init: RequestInit | undefined, match: RegExpExecArray) => Response | Promise<Response>

/** Routes matched by pattern, for paths carrying ids; usable wherever stubFetch takes its route table. */
export function patternRoutes(fixed: Record<string, Handler>, table: [RegExp, PatternHandler][]): Record<string, Handler> {
  return new Proxy(fixed, {
    get(target, path) {
      if (typeof path !== "string") return undefined
      if (Object.hasOwn(target, path)) return target[path]
      for (const [pattern, handle] of table) {
        const match = pattern.exec(path)
        if (match) return (url: URL, init: RequestInit | undefined) => handle(url, init, match)
      }
      return undefined
    },
  })
}

export interface CatalogEntry {
  productId: string
  title: string
  prices: Record<string, number>
  cooperative: { id: string; handle: string; name: string } | null
  /** Undefined: the store does not count this variant's stock. */
  stock?: number
  /** The title in the es-SV catalog; without one the English stays (as Medusa keeps untranslated text). */
  spanishTitle?: string
}

export const REGION_CURRENCY: Record<string, string> = { reg_us: "usd", reg_eu: "eur", reg_sv: "usd" }

export interface FakeCartStoreOptions {
  carts?: CartState[]
  catalog?: CatalogEntry[]
  /**
   * Codes that exist, with the amount they take off, or null for one whose rules do not
   * match the cart (Medusa drops it silently, 200). An unknown code is refused with 400.
   */
  promotions?: Record<string, number | null>
  shippingOptions?: ReturnType<typeof shippingOption>[]
  /** The answer to POST /store/carts/:id/complete; an order by default. */
  complete?: (cart: CartState) => Response | Promise<Response>
  /** The payment providers every region offers; the bank transfer alone by default. */
  paymentProviders?: string[]
  /** Stripe's publishable key in the storefront config; none (cards off) by default. */
  stripePublishableKey?: string | null
  /** The currencies the store has bank details for (all four by default). */
  transferCurrencies?: string[]
}

/**
 * A stateful stand-in for Medusa's cart routes: carts live in memory, so a
 * test sees the same sequence of requests and answers a browser would.
 */
export function fakeCartStore(options: FakeCartStoreOptions = {}) {
  const carts = new Map((options.carts ?? []).map((cart) => [cart.id, structuredClone(cart)]))
  const catalog = options.catalog ?? []
  let created = 0
  // Each card session is a new PaymentIntent, as Medusa's Stripe provider makes one per session.
  let intents = 0
  const variantEntry = (variantId: string) => catalog.find((entry) => `variant_${entry.productId}` === variantId)
  const answer = (cart: CartState) => json({ cart: storeCart(cart) })
  const withCart = (id: string | undefined, then: (cart: CartState) => Response | Promise<Response>) => {
    const cart = id ? carts.get(id) : undefined
    if (!cart) return medusaError(404, `Cart id not found: ${id}`, "not_found")
    return then(cart)
  }
  const titleIn = (entry: CatalogEntry, locale: string | null | undefined) => (locale === "es-SV" && entry.spanishTitle) || entry.title
  // Medusa re-writes every line's titles from the catalog in the cart's new locale.
  const retitle = (cart: CartState) => {
    for (const item of cart.items) {
      const entry = variantEntry(item.variant_id)
      if (entry) item.title = item.product_title = titleIn(entry, cart.locale)
    }
  }
  const reprice = (cart: CartState) => {
    for (const item of cart.items) {
      const entry = variantEntry(item.variant_id)
      const price = entry?.prices[cart.currency_code]
      if (price !== undefined) item.unit_price = price
    }
  }

  const routes = patternRoutes(
    {
      "/public/storefront-config": () => json({ publishable_key: "pk_test_0123456789", stripe_publishable_key: options.stripePublishableKey ?? null }),
      "/store/bank-transfer/currencies": () => json({ currency_codes: options.transferCurrencies ?? ["cad", "eur", "gbp", "usd"] }),
      "/store/payment-providers": () => {
        const ids = options.paymentProviders ?? ["pp_system_default"]
        return json({ payment_providers: ids.map((id) => ({ id, is_enabled: true })), count: ids.length, offset: 0, limit: 50 })
      },
      "/store/carts": (_url, init) => {
        const body = bodyOf(init)
        const regionId = typeof body.region_id === "string" ? body.region_id : "reg_us"
        const locale = typeof body.locale === "string" ? body.locale : null
        const cart: CartState = { id: `cart_new_${++created}`, region_id: regionId, currency_code: REGION_CURRENCY[regionId] ?? "usd", items: [], locale }
        carts.set(cart.id, cart)
        return answer(cart)
      },
      "/store/products": (url) => {
        const ids = [...url.searchParams.entries()].filter(([key]) => key.startsWith("id")).map(([, value]) => value)
        const products = catalog
          .filter((entry) => ids.includes(entry.productId))
          .map((entry) => cooperativeProduct(entry.productId, entry.cooperative, entry.stock))
        return json({ products, count: products.length, offset: 0, limit: ids.length })
      },
      "/store/shipping-options": () => json({ shipping_options: options.shippingOptions ?? [] }),
      "/store/payment-collections": () => json({ payment_collection: { id: "paycol_1" } }),
    },
    [
      [
        /^\/store\/payment-collections\/([^/]+)\/payment-sessions$/,
        (_url, init) => {
          const providerId = String(bodyOf(init).provider_id)
          const data = providerId === "pp_stripe_stripe" ? { id: `pi_${++intents}`, client_secret: `pi_${intents}_secret_test` } : {}
          return json({ payment_collection: { id: "paycol_1", payment_sessions: [{ id: `payses_${intents || 1}`, provider_id: providerId, status: "pending", data }] } })
        },
      ],
      [
        /^\/store\/carts\/([^/]+)$/,
        (_url, init, [, id]) =>
          withCart(id, (cart) => {
            if (init?.method !== "POST") return answer(cart)
            const body = bodyOf(init)
            if (typeof body.region_id === "string" && body.region_id !== cart.region_id) {
              cart.region_id = body.region_id
              cart.currency_code = REGION_CURRENCY[body.region_id] ?? cart.currency_code
              cart.shipping_methods = []
              cart.shipping_address = null
              reprice(cart)
            }
            if (typeof body.locale === "string" && body.locale !== cart.locale) {
              cart.locale = body.locale
              retitle(cart)
            }
            if (typeof body.email === "string") cart.email = body.email
            if (body.shipping_address && typeof body.shipping_address === "object") {
              cart.shipping_address = body.shipping_address as Record<string, string | null>
            }
            return answer(cart)
          }),
      ],
      [
        /^\/store\/carts\/([^/]+)\/line-items$/,
        (_url, init, [, id]) =>
          withCart(id, (cart) => {
            if (cart.completed_at) return medusaError(400, `Cart ${cart.id} is already completed.`)
            const body = bodyOf(init)
            const entry = variantEntry(String(body.variant_id))
            if (!entry) return medusaError(404, `Variant ${String(body.variant_id)} not found`, "not_found")
            const quantity = Number(body.quantity)
            if (entry.stock !== undefined && quantity > entry.stock) return medusaError(400, OUT_OF_STOCK_MESSAGE, "not_allowed")
            const existing = cart.items.find((item) => item.variant_id === body.variant_id)
            if (existing) existing.quantity += quantity
            else {
              cart.items.push(
                cartItem({ id: `item_${cart.items.length + 1}`, productId: entry.productId, title: titleIn(entry, cart.locale), unitPrice: entry.prices[cart.currency_code] ?? 0, quantity })
              )
            }
            return answer(cart)
          }),
      ],
      [
        /^\/store\/carts\/([^/]+)\/line-items\/([^/]+)$/,
        (_url, init, [, id, itemId]) =>
          withCart(id, (cart) => {
            const item = cart.items.find((candidate) => candidate.id === itemId)
            if (!item) return medusaError(404, `Item ${itemId} not found`, "not_found")
            if (init?.method === "DELETE") {
              cart.items = cart.items.filter((candidate) => candidate !== item)
              return json({ id: itemId, object: "line-item", deleted: true, parent: storeCart(cart) })
            }
            const quantity = Number(bodyOf(init).quantity)
            const stock = variantEntry(item.variant_id)?.stock
            if (stock !== undefined && quantity > stock) return medusaError(400, OUT_OF_STOCK_MESSAGE, "not_allowed")
            item.quantity = quantity
            return answer(cart)
          }),
      ],
      [
        /^\/store\/carts\/([^/]+)\/promotions$/,
        (_url, init, [, id]) =>
          withCart(id, (cart) => {
            const codes = (bodyOf(init).promo_codes as string[] | undefined) ?? []
            if (init?.method === "DELETE") {
              cart.promotions = (cart.promotions ?? []).filter((promotion) => !codes.includes(promotion.code))
            } else {
              const unknown = codes.find((code) => options.promotions?.[code] === undefined)
              if (unknown) return medusaError(400, `The promotion code ${unknown} is invalid`)
              for (const code of codes) {
                if (options.promotions?.[code] != null) {
                  cart.promotions = [...(cart.promotions ?? []), { id: `promo_${code}`, code, is_automatic: false }]
                }
              }
            }
            cart.discount = (cart.promotions ?? []).reduce((sum, promotion) => sum + (options.promotions?.[promotion.code] ?? 0), 0)
            return answer(cart)
          }),
      ],
      [
        /^\/store\/carts\/([^/]+)\/shipping-methods$/,
        (_url, init, [, id]) =>
          withCart(id, (cart) => {
            const optionId = String(bodyOf(init).option_id)
            const option = (options.shippingOptions ?? []).find((candidate) => candidate.id === optionId)
            if (!option) return medusaError(400, `Shipping option ${optionId} is not valid`)
            cart.shipping_methods = [{ id: `sm_${optionId}`, shipping_option_id: optionId, amount: option.amount }]
            return answer(cart)
          }),
      ],
      [
        /^\/store\/carts\/([^/]+)\/complete$/,
        (_url, _init, [, id]) =>
          withCart(id, (cart) =>
            options.complete ? options.complete(cart) : json({ type: "order", order: storeOrder({ id: "order_1", currency_code: cart.currency_code }) })
          ),
      ],
    ]
  )
  return { routes, carts }
}
