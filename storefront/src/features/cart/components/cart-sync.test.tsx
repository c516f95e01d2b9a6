import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, useLanguage } from "@/lib/i18n"
import { stubFetch } from "@/testing/fake-backend"
import { cartItem, fakeCartStore, florDeCopinol, sentTo } from "@/testing/cart-fixtures"
import { CART_ID_KEY } from "../utils/cart-id-storage"
import { CartLink } from "./cart-link"
import { CartPage } from "./cart-page"
import { CartSync } from "./cart-sync"

const dove = {
  productId: "prod_dove",
  title: "Clay dove of peace",
  spanishTitle: "Paloma de la paz en barro",
  prices: { usd: 18, eur: 16.5 },
  cooperative: florDeCopinol,
}

/** Stands in for the header's language picker. */
function LanguagePicker() {
  const { setLanguage } = useLanguage()
  return (
    <>
      <button onClick={() => setLanguage("en")}>English</button>
      <button onClick={() => setLanguage("es")}>Español</button>
    </>
  )
}
const switchLanguage = (name: "English" | "Español") => fireEvent.click(screen.getByRole("button", { name }))

function renderShop(regionId: string, page: boolean, queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })) {
  const ui = (region: string) => (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial="en">
        <MemoryRouter>
          <LanguagePicker />
          <CartSync regionId={region} />
          <CartLink />
          {page && <CartPage regionId={region} locale="en-US" />}
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
  const view = render(ui(regionId))
  return { ...view, switchRegion: (region: string) => view.rerender(ui(region)) }
}

function storeWithCart() {
  window.localStorage.setItem(CART_ID_KEY, "cart_1")
  return fakeCartStore({
    catalog: [dove],
    carts: [{ id: "cart_1", region_id: "reg_us", currency_code: "usd", items: [cartItem({ id: "item_1", productId: "prod_dove", title: dove.title, unitPrice: 18 })] }],
  })
}

describe("CartSync", () => {
  it("moves the cart whenever the buyer switches region, on any page", async () => {
    const store = storeWithCart()
    const fetchMock = stubFetch(store.routes)
    const { switchRegion } = renderShop("reg_us", false)
    await waitFor(() => expect(screen.getByRole("link", { name: "Cart, 1 item" })).toBeTruthy())
    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")).toEqual([])

    switchRegion("reg_eu")
    await waitFor(() => expect(store.carts.get("cart_1")?.currency_code).toBe("eur"))
    switchRegion("reg_us")
    await waitFor(() => expect(store.carts.get("cart_1")?.currency_code).toBe("usd"))
    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST").map((request) => request.body)).toEqual([
      { region_id: "reg_eu" },
      { region_id: "reg_us" },
    ])
  })

  it("sends one update when the layout and the cart page both follow the region", async () => {
    const store = storeWithCart()
    const fetchMock = stubFetch(store.routes)
    renderShop("reg_eu", true)
    expect(await screen.findByText("€16.50 each")).toBeTruthy()
    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")).toHaveLength(1)
  })

  it("re-titles the cart's lines in the language the buyer switches to, on any page", async () => {
    const store = storeWithCart()
    const fetchMock = stubFetch(store.routes)
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    // The checkout keeps its own copy of the cart, keyed by its id: it must be read again in the new language.
    queryClient.setQueryData(["checkout", "cart", "cart_1"], { id: "cart_1" })
    renderShop("reg_us", true, queryClient)
    expect(await screen.findByRole("link", { name: "Clay dove of peace" })).toBeTruthy()
    // A cart from before carts had a locale is in English already: nothing to send.
    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")).toEqual([])

    switchLanguage("Español")
    expect(await screen.findByRole("link", { name: "Paloma de la paz en barro" })).toBeTruthy()
    expect(queryClient.getQueryState(["checkout", "cart", "cart_1"])?.isInvalidated).toBe(true)

    switchLanguage("English")
    expect(await screen.findByRole("link", { name: "Clay dove of peace" })).toBeTruthy()
    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST").map((request) => request.body)).toEqual([
      { locale: "es-SV" },
      { locale: "en-US" },
    ])
    expect(store.carts.get("cart_1")?.locale).toBe("en-US")
  })
})
