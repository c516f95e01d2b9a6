import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, stubFetch } from "@/testing/fake-backend"
import { arcoiris, cartItem, fakeCartStore, florDeCopinol, patternRoutes, sentTo, type CartState, type CatalogEntry } from "@/testing/cart-fixtures"
import { CART_ID_KEY } from "../utils/cart-id-storage"
import { CartPage } from "./cart-page"

const dove: CatalogEntry = { productId: "prod_dove", title: "Clay dove of peace", prices: { usd: 18, eur: 16.5 }, cooperative: florDeCopinol }
const cross: CatalogEntry = { productId: "prod_cross", title: "Painted cross", prices: { usd: 24, eur: 22 }, cooperative: florDeCopinol }
const hammock: CatalogEntry = { productId: "prod_hammock", title: "Cotton hammock", prices: { usd: 89.99, eur: 82 }, cooperative: arcoiris }
const orphan: CatalogEntry = { productId: "prod_orphan", title: "Woven bag", prices: { usd: 30, eur: 28 }, cooperative: null }

const item = (id: string, entry: CatalogEntry, quantity = 1) =>
  cartItem({ id, productId: entry.productId, title: entry.title, unitPrice: entry.prices.usd ?? 0, quantity })

function usCart(items: CartState["items"], extra: Partial<CartState> = {}): CartState {
  return { id: "cart_1", region_id: "reg_us", currency_code: "usd", items, ...extra }
}

function renderCart({ regionId = "reg_us", language = "en" }: { regionId?: string; language?: Language } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <CartPage regionId={regionId} locale={language === "es" ? "es-SV" : "en-US"} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const group = (name: string) => screen.getByRole("region", { name })

describe("CartPage", () => {
  it("says the cart is empty, with a way to the shop, when there is no cart", () => {
    stubFetch(fakeCartStore().routes)
    renderCart()
    expect(screen.getByText("Your cart is empty.")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Browse the crafts" }).getAttribute("href")).toBe("/shop")
  })

  it("groups the crafts under the cooperative that made them, with prices and totals", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    const fetchMock = stubFetch(
      fakeCartStore({
        catalog: [dove, cross, hammock, orphan],
        carts: [usCart([item("item_1", dove, 2), item("item_2", hammock), item("item_3", cross), item("item_4", orphan)])],
      }).routes
    )
    renderCart()

    const flor = await screen.findByRole("region", { name: "Made by Cooperativa Flor de Copinol" })
    expect(within(flor).getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "Clay dove of peace",
      "Painted cross",
    ])
    expect(within(flor).getByRole("link", { name: "Cooperativa Flor de Copinol" }).getAttribute("href")).toBe("/cooperatives/flor-de-copinol")
    expect(within(group("Made by Cooperativa Arcoíris")).getByRole("heading", { level: 3 }).textContent).toBe("Cotton hammock")
    expect(within(group("Other crafts")).getByRole("heading", { level: 3 }).textContent).toBe("Woven bag")

    // The dove line: unit price, quantity and line total.
    const doveLine = within(flor).getByRole("heading", { name: "Clay dove of peace" }).closest("li") as HTMLElement
    expect(within(doveLine).getByText("$18.00 each")).toBeTruthy()
    expect(within(doveLine).getByRole("group", { name: "Quantity of Clay dove of peace" }).textContent).toContain("2")
    expect(doveLine.textContent).toContain("$36.00")
    expect(within(doveLine).getByRole("img", { name: "Clay dove of peace" })).toBeTruthy()

    const summary = screen.getByRole("table", { name: "Order total" })
    expect(within(summary).getByRole("row", { name: /Items/ }).textContent).toContain("$179.99")
    expect(within(summary).getByRole("row", { name: /Shipping/ }).textContent).toContain("Calculated at checkout")
    expect(within(summary).getByRole("row", { name: /Total/ }).textContent).toContain("$179.99")
    expect(screen.getByRole("link", { name: "Go to checkout" }).getAttribute("href")).toBe("/checkout")

    // One request for the makers of all the lines.
    const productRequests = sentTo(fetchMock, "/store/products")
    expect(productRequests).toHaveLength(1)
    const url = new URL(String(fetchMock.mock.calls.find(([input]) => String(input).includes("/store/products"))?.[0]))
    expect(url.searchParams.get("fields")).toContain("*cooperative")
  })

  it("says tax is worked out at checkout while the cart has only the country its region filled in", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    // Medusa fills a single-country region's country by itself; its tax of 0 then means "no address yet", not "no tax".
    stubFetch(fakeCartStore({ catalog: [dove], carts: [usCart([item("item_1", dove)], { shipping_address: { country_code: "us" } })] }).routes)
    renderCart()
    const summary = await screen.findByRole("table", { name: "Order total" })
    const tax = within(summary).getByRole("row", { name: /Tax/ })
    expect(tax.textContent).toContain("Calculated at checkout")
    expect(tax.textContent).not.toContain("$0.00")
  })

  it("changes and removes lines", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    const fetchMock = stubFetch(fakeCartStore({ catalog: [dove, hammock], carts: [usCart([item("item_1", dove), item("item_2", hammock)])] }).routes)
    renderCart()

    fireEvent.click(await screen.findByRole("button", { name: "One more Clay dove of peace" }))
    await waitFor(() => expect(screen.getByRole("group", { name: "Quantity of Clay dove of peace" }).textContent).toContain("2"))
    expect(sentTo(fetchMock, "/store/carts/cart_1/line-items/item_1")).toEqual([{ method: "POST", body: { quantity: 2 } }])

    fireEvent.click(screen.getByRole("button", { name: "Remove Cotton hammock from the cart" }))
    await waitFor(() => expect(screen.queryByText("Cotton hammock")).toBeNull())
    expect(sentTo(fetchMock, "/store/carts/cart_1/line-items/item_2")).toEqual([{ method: "DELETE", body: {} }])
  })

  it("says clearly when there is not enough stock for a change, and warns of short lines", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    stubFetch(fakeCartStore({ catalog: [{ ...dove, stock: 3 }, { ...hammock, stock: 0 }], carts: [usCart([item("item_1", dove, 3), item("item_2", hammock)])] }).routes)
    renderCart()

    expect(await screen.findByText("Sold out: please remove it to check out.")).toBeTruthy()
    expect(screen.getByRole("alert").textContent).toContain("not available in the quantity in your cart")
    // At the stock limit "+" is off; the store's refusal is still turned into words if it comes.
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "One more Clay dove of peace" }).disabled).toBe(true)
  })

  it("turns Medusa's inventory refusal into a sentence about stock", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    // The product list does not count stock, but the cart routes refuse beyond 1.
    const store = fakeCartStore({ catalog: [{ ...dove, stock: 1 }], carts: [usCart([item("item_1", dove)])] })
    stubFetch(
      patternRoutes({ "/store/products": () => json({ products: [], count: 0, offset: 0, limit: 1 }) }, [
        [/.*/, (url, init) => (store.routes[url.pathname] as NonNullable<(typeof store.routes)[string]>)(url, init)],
      ])
    )
    renderCart()
    fireEvent.click(await screen.findByRole("button", { name: "One more Clay dove of peace" }))
    expect((await screen.findByRole("alert")).textContent).toBe("There isn't enough stock of Clay dove of peace for that quantity.")
  })

  it("applies a promotion code, shows the discount, and removes it", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    const fetchMock = stubFetch(fakeCartStore({ catalog: [dove], promotions: { PAZ10: 3.6 }, carts: [usCart([item("item_1", dove, 2)])] }).routes)
    renderCart()

    fireEvent.change(await screen.findByLabelText("Promotion code"), { target: { value: " PAZ10 " } })
    fireEvent.click(screen.getByRole("button", { name: "Apply" }))

    expect(await screen.findByText("Code PAZ10 applied.")).toBeTruthy()
    expect(sentTo(fetchMock, "/store/carts/cart_1/promotions")).toEqual([{ method: "POST", body: { promo_codes: ["PAZ10"] } }])
    const summary = screen.getByRole("table", { name: "Order total" })
    expect(within(summary).getByRole("row", { name: /Discount/ }).textContent).toContain("−$3.60")
    expect(within(summary).getByRole("row", { name: /Total/ }).textContent).toContain("$32.40")

    fireEvent.click(screen.getByRole("button", { name: "Remove code PAZ10" }))
    expect(await screen.findByText("Code PAZ10 removed.")).toBeTruthy()
    expect(within(screen.getByRole("table", { name: "Order total" })).queryByRole("row", { name: /Discount/ })).toBeNull()
  })

  it("says so when Medusa answers 200 but drops a code that does not apply", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    stubFetch(fakeCartStore({ catalog: [dove], promotions: { PAZ10: 3.6, EURO5: null }, carts: [usCart([item("item_1", dove)])] }).routes)
    renderCart({ language: "es" })

    fireEvent.change(await screen.findByLabelText("Código de promoción"), { target: { value: "EURO5" } })
    fireEvent.click(screen.getByRole("button", { name: "Aplicar" }))

    expect((await screen.findByText(/El código EURO5 no aplica a este carrito/)).closest("[role=status]")).toBeTruthy()
    expect(screen.getByLabelText("Código de promoción").getAttribute("aria-invalid")).toBe("true")
    expect(screen.queryByRole("row", { name: /Descuento/ })).toBeNull()
  })

  it("tells an unknown code from one that does not apply", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    stubFetch(fakeCartStore({ catalog: [dove], promotions: { PAZ10: 3.6 }, carts: [usCart([item("item_1", dove)])] }).routes)
    renderCart()
    fireEvent.change(await screen.findByLabelText("Promotion code"), { target: { value: "PAZ01" } })
    fireEvent.click(screen.getByRole("button", { name: "Apply" }))
    expect(await screen.findByText("There is no code PAZ01. Please check its spelling.")).toBeTruthy()
    expect(screen.getByLabelText<HTMLInputElement>("Promotion code").value).toBe("PAZ01")
  })

  it("moves the cart to the region picked in the header; its prices follow", async () => {
    window.localStorage.setItem(CART_ID_KEY, "cart_1")
    const fetchMock = stubFetch(fakeCartStore({ catalog: [dove], carts: [usCart([item("item_1", dove, 2)])] }).routes)
    renderCart({ regionId: "reg_eu" })

    expect(await screen.findByText("€16.50 each")).toBeTruthy()
    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")).toEqual([
      { method: "POST", body: { region_id: "reg_eu" } },
    ])
    expect(within(screen.getByRole("table", { name: "Order total" })).getByRole("row", { name: /Total/ }).textContent).toContain("€33.00")
  })
})
