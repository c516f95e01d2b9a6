import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { act, renderHook, screen, waitFor } from "@testing-library/react"
import type { ReactNode } from "react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { stubFetch } from "@/testing/fake-backend"
import { cartItem, fakeCartStore, florDeCopinol, sentTo, type CatalogEntry } from "@/testing/cart-fixtures"
import { CartLink } from "../components/cart-link"
import { CART_ID_KEY } from "../utils/cart-id-storage"
import { useAddToCart } from "./use-add-to-cart"

const dove: CatalogEntry = {
  productId: "prod_dove",
  title: "Clay dove of peace",
  spanishTitle: "Paloma de la paz en barro",
  prices: { usd: 18, eur: 16.5 },
  cooperative: florDeCopinol,
}
const hammock: CatalogEntry = { productId: "prod_hammock", title: "Cotton hammock", prices: { usd: 89.99, eur: 82 }, cooperative: florDeCopinol }

let addToCart: (variantId: string, quantity: number) => Promise<void>

/** The header's cart link and the hook a product page uses, under one query client. */
function renderHeader(regionId?: string, language: Language = "en") {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <CartLink />
          {children}
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
  const view = renderHook(() => useAddToCart(regionId), { wrapper })
  addToCart = (variantId, quantity) => view.result.current.addToCart(variantId, quantity)
  return view
}

const cartLink = () => screen.getByRole("link", { name: /^Cart,/ })

describe("cart state", () => {
  it("shows an empty cart without asking the store when there is no cart yet", () => {
    const fetchMock = stubFetch(fakeCartStore().routes)
    renderHeader("reg_us")
    expect(cartLink().textContent).toBe("Cart\u00a0(0)")
    expect(cartLink().getAttribute("aria-label")).toBe("Cart, empty")
    expect(cartLink().getAttribute("href")).toBe("/cart")
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("restores the cart remembered in localStorage and counts its items", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    const items = [
      cartItem({ id: "item_1", productId: "prod_dove", title: "Clay dove of peace", unitPrice: 18, quantity: 2 }),
      cartItem({ id: "item_2", productId: "prod_hammock", title: "Cotton hammock", unitPrice: 89.99 }),
    ]
    stubFetch(fakeCartStore({ carts: [{ id: "cart_1", region_id: "reg_us", currency_code: "usd", items }] }).routes)
    renderHeader("reg_us")
    await waitFor(() => expect(cartLink().getAttribute("aria-label")).toBe("Cart, 3 items"))
    expect(cartLink().textContent).toBe("Cart\u00a0(3)")
  })

  it("forgets an expired cart and starts a new one, in the buyer's region, on the next add", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_expired")
    const store = fakeCartStore({ catalog: [dove] })
    const fetchMock = stubFetch(store.routes)
    renderHeader("reg_eu")

    // Medusa answers 404 for a cart it deleted: the id is forgotten at once.
    await waitFor(() => expect(window.localStorage.getItem(CART_ID_KEY)).toBeNull())
    expect(cartLink().getAttribute("aria-label")).toBe("Cart, empty")

    await act(() => addToCart("variant_prod_dove", 2))

    expect(sentTo(fetchMock, "/store/carts")).toEqual([{ method: "POST", body: { region_id: "reg_eu", locale: "en-US" } }])
    expect(window.localStorage.getItem(CART_ID_KEY)).toBe("cart_new_1")
    expect(sentTo(fetchMock, "/store/carts/cart_new_1/line-items")).toEqual([
      { method: "POST", body: { variant_id: "variant_prod_dove", quantity: 2 } },
    ])
    expect(store.carts.get("cart_new_1")?.items[0]?.unit_price).toBe(16.5)
    await waitFor(() => expect(cartLink().getAttribute("aria-label")).toBe("Cart, 2 items"))
  })

  it("treats a completed cart as gone: its order was placed", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_done")
    const store = fakeCartStore({
      catalog: [dove],
      carts: [{ id: "cart_done", region_id: "reg_us", currency_code: "usd", completed_at: "2026-01-01T00:00:00Z", items: [] }],
    })
    stubFetch(store.routes)
    renderHeader("reg_us")
    await waitFor(() => expect(window.localStorage.getItem(CART_ID_KEY)).toBeNull())

    await act(() => addToCart("variant_prod_dove", 1))
    expect(window.localStorage.getItem(CART_ID_KEY)).toBe("cart_new_1")
    expect(store.carts.get("cart_done")?.items).toHaveLength(0)
  })

  it("moves the cart to the region the buyer switched to before adding, so prices follow", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    const store = fakeCartStore({
      catalog: [dove, hammock],
      carts: [
        {
          id: "cart_1",
          region_id: "reg_us",
          currency_code: "usd",
          items: [cartItem({ id: "item_1", productId: "prod_dove", title: "Clay dove of peace", unitPrice: 18 })],
        },
      ],
    })
    const fetchMock = stubFetch(store.routes)
    renderHeader("reg_eu")
    await waitFor(() => expect(cartLink().getAttribute("aria-label")).toBe("Cart, 1 item"))

    await act(() => addToCart("variant_prod_hammock", 1))

    const cartRequests = fetchMock.mock.calls.map(([input, init]) => `${init?.method ?? "GET"} ${new URL(String(input)).pathname}`)
    expect(cartRequests.filter((request) => request.startsWith("POST"))).toEqual([
      "POST /store/carts/cart_1",
      "POST /store/carts/cart_1/line-items",
    ])
    expect(sentTo(fetchMock, "/store/carts/cart_1").at(-1)?.body).toEqual({ region_id: "reg_eu" })
    const cart = store.carts.get("cart_1")
    expect(cart?.currency_code).toBe("eur")
    expect(cart?.items.map((item) => item.unit_price)).toEqual([16.5, 82])
  })

  it("starts a Spanish buyer's cart in Spanish, so its lines carry the catalog's Spanish titles", async () => {
    const store = fakeCartStore({ catalog: [dove] })
    const fetchMock = stubFetch(store.routes)
    renderHeader("reg_sv", "es")

    await act(() => addToCart("variant_prod_dove", 1))

    expect(sentTo(fetchMock, "/store/carts")).toEqual([{ method: "POST", body: { region_id: "reg_sv", locale: "es-SV" } }])
    expect(store.carts.get("cart_new_1")?.items.map((item) => item.title)).toEqual(["Paloma de la paz en barro"])
  })

  it("moves a cart started in English to Spanish before adding, once the buyer switched language", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    const store = fakeCartStore({
      catalog: [dove, hammock],
      carts: [
        {
          id: "cart_1",
          region_id: "reg_us",
          currency_code: "usd",
          locale: "en-US",
          items: [cartItem({ id: "item_1", productId: "prod_dove", title: "Clay dove of peace", unitPrice: 18 })],
        },
      ],
    })
    const fetchMock = stubFetch(store.routes)
    renderHeader("reg_us", "es")
    expect(await screen.findByRole("link", { name: "Carrito, 1 artículo" })).toBeTruthy()

    await act(() => addToCart("variant_prod_hammock", 1))

    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")).toEqual([
      { method: "POST", body: { locale: "es-SV" } },
    ])
    expect(store.carts.get("cart_1")?.items.map((item) => item.title)).toEqual(["Paloma de la paz en barro", "Cotton hammock"])
  })

  it("shares one new cart between two quick adds", async () => {
    const store = fakeCartStore({ catalog: [dove, hammock] })
    const fetchMock = stubFetch(store.routes)
    renderHeader("reg_us")
    await act(() => Promise.all([addToCart("variant_prod_dove", 1), addToCart("variant_prod_hammock", 1)]))
    expect(sentTo(fetchMock, "/store/carts")).toHaveLength(1)
    expect(store.carts.get("cart_new_1")?.items).toHaveLength(2)
  })

  it("passes the store's refusal on, for the product page to show", async () => {
    stubFetch(fakeCartStore({ catalog: [{ ...dove, stock: 1 }] }).routes)
    renderHeader("reg_us")
    await expect(addToCart("variant_prod_dove", 5)).rejects.toThrow("required inventory")
  })
})
