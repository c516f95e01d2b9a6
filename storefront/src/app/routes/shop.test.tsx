import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { createMemoryRouter, RouterProvider } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { barroNegro, categoriesBody, coloresDelPital, cooperativesPage, semillasDeMorazan } from "@/testing/cooperative-fixtures"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { product, productsPage, regionsBody, storefrontConfig } from "@/testing/medusa-fixtures"
import { AppProvider } from "../provider"
import { routes } from "../router"

// The first render loads the lazy page chunk, slow on a busy machine; later waits keep the default.
const FIRST_LOAD = { timeout: 5000 }

const dove = product("prod_dove", "Clay dove of peace", [18])
const hammock = product("prod_hammock", "Cotton hammock", [89.99])
const everyCooperative = [coloresDelPital, barroNegro, semillasDeMorazan]
const categoriesInSpanish = {
  ...categoriesBody,
  product_categories: categoriesBody.product_categories.map((category) =>
    category.id === "pcat_pottery" ? { ...category, name: "Cerámica" } : category
  ),
}

function stubStore(
  products: (url: URL) => ReturnType<typeof productsPage> = () => productsPage([dove, hammock]),
  extra: Parameters<typeof stubFetch>[0] = {}
) {
  return stubFetch({
    ...extra,
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/regions": () => json(regionsBody),
    "/store/product-categories": (url) => json(url.searchParams.get("locale") === "es-SV" ? categoriesInSpanish : categoriesBody),
    "/store/cooperatives": (url) => {
      const department = url.searchParams.get("department")
      return json(cooperativesPage(everyCooperative.filter((c) => !department || c.department === department)))
    },
    "/store/products": (url) => json(products(url)),
  })
}

function renderShop(entry: string) {
  const router = createMemoryRouter(routes, { initialEntries: [entry] })
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  )
  return router
}

const lastProductsQuery = (fetchMock: ReturnType<typeof stubFetch>) =>
  requestsTo(fetchMock, "/store/products").at(-1)?.url.searchParams
const select = (label: string) => screen.getByLabelText<HTMLSelectElement>(label)

describe("Shop filters in the URL", () => {
  it("restores every filter, the search, the sort and the page from a shared link", async () => {
    const fetchMock = stubStore(() => productsPage([dove], 30, 24))
    renderShop("/shop?q=dove&category=pcat_pottery&group=women&cooperative=coop_pital&sort=oldest&page=2")

    expect(await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)).toBeTruthy()
    await waitFor(() => expect(select("Craft").value).toBe("pcat_pottery"))
    await waitFor(() => expect(select("Cooperative").value).toBe("coop_pital"))
    expect(select("Made by").value).toBe("women")
    expect(select("Sort").value).toBe("oldest")
    expect(screen.getByLabelText<HTMLInputElement>("Search the crafts").value).toBe("dove")
    expect(screen.getByText("25–30 of 30")).toBeTruthy()

    const query = lastProductsQuery(fetchMock)
    expect(query?.get("q")).toBe("dove")
    expect(query?.get("category_id")).toBe("pcat_pottery")
    expect(query?.get("producer_group")).toBe("women")
    expect(query?.get("cooperative_id")).toBe("coop_pital")
    expect(query?.get("order")).toBe("id")
    expect(query?.get("offset")).toBe("24")
    expect(query?.get("region_id")).toBe("reg_us")
  })

  it("puts each change in the URL and the request, back to page 1, and Back undoes it", async () => {
    const fetchMock = stubStore()
    const router = renderShop("/shop?page=2")
    await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)
    expect(lastProductsQuery(fetchMock)?.get("offset")).toBe("24")
    await waitFor(() => expect(within(select("Craft")).getAllByRole("option")).toHaveLength(3))

    fireEvent.change(select("Craft"), { target: { value: "pcat_textiles" } })
    expect(router.state.location.search).toBe("?category=pcat_textiles")
    await waitFor(() => expect(lastProductsQuery(fetchMock)?.get("category_id")).toBe("pcat_textiles"))
    expect(lastProductsQuery(fetchMock)?.get("offset")).toBe("0")

    fireEvent.change(select("Made by"), { target: { value: "ex_combatants" } })
    expect(router.state.location.search).toBe("?category=pcat_textiles&group=ex_combatants")
    await waitFor(() => expect(lastProductsQuery(fetchMock)?.get("producer_group")).toBe("ex_combatants"))

    const search = screen.getByLabelText("Search the crafts")
    fireEvent.change(search, { target: { value: "  hammock " } })
    fireEvent.click(screen.getByRole("button", { name: "Search" }))
    expect(router.state.location.search).toBe("?q=hammock&category=pcat_textiles&group=ex_combatants")
    await waitFor(() => expect(lastProductsQuery(fetchMock)?.get("q")).toBe("hammock"))

    fireEvent.change(select("Sort"), { target: { value: "oldest" } })
    await waitFor(() => expect(lastProductsQuery(fetchMock)?.get("order")).toBe("id"))

    await act(() => router.navigate(-1))
    expect(select("Sort").value).toBe("newest")
    await act(() => router.navigate(-1))
    expect(screen.getByLabelText<HTMLInputElement>("Search the crafts").value).toBe("")
    expect(select("Made by").value).toBe("ex_combatants")
    await act(() => router.navigate(-1))
    expect(select("Made by").value).toBe("")
    expect(select("Craft").value).toBe("pcat_textiles")
  })

  it("pages through the URL: Next adds ?page=2 and asks for the next offset", async () => {
    const fetchMock = stubStore((url) => productsPage([url.searchParams.get("offset") === "24" ? hammock : dove], 25))
    const router = renderShop("/shop?group=youth")
    await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)
    fireEvent.click(screen.getByRole("button", { name: "Next" }))
    expect(await screen.findByText("Cotton hammock")).toBeTruthy()
    expect(router.state.location.search).toBe("?group=youth&page=2")
    expect(lastProductsQuery(fetchMock)?.get("offset")).toBe("24")
  })

  it("folds the filters behind a button that counts the active ones", async () => {
    stubStore()
    renderShop("/shop?category=pcat_pottery&group=women&q=clay&sort=oldest")
    const toggle = await screen.findByRole("button", { name: "Filters (2)" }, FIRST_LOAD)
    expect(toggle.getAttribute("aria-expanded")).toBe("false")
    const fields = document.getElementById(toggle.getAttribute("aria-controls") ?? "")!
    expect(fields.getAttribute("data-open")).toBe("false")
    expect(within(fields).getByLabelText("Department")).toBeTruthy()
    fireEvent.click(toggle)
    expect(fields.getAttribute("data-open")).toBe("true")
  })

  it("offers only the departments and cooperatives that have crafts for sale", async () => {
    const emptyShelves = cooperativesPage([...everyCooperative, { ...semillasDeMorazan, id: "coop_new", name: "Cooperativa Nueva", department: "la-union", product_count: 0 }])
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/regions": () => json(regionsBody),
      "/store/product-categories": () => json(categoriesBody),
      "/store/cooperatives": () => json(emptyShelves),
      "/store/products": () => json(productsPage([dove, hammock])),
    })
    renderShop("/shop")
    await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)
    await waitFor(() => expect(within(select("Department")).queryByRole("option", { name: "La Libertad" })).toBeNull())
    const offered = within(select("Department")).getAllByRole("option").map((option) => option.getAttribute("value"))
    expect(offered).toEqual(["", "chalatenango", "morazan"])
    expect(within(select("Cooperative")).queryByRole("option", { name: "Cooperativa Nueva" })).toBeNull()
  })

  it("reaches a department with one cooperative through that cooperative's id", async () => {
    const fetchMock = stubStore()
    const router = renderShop("/shop")
    await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)

    fireEvent.change(select("Department"), { target: { value: "chalatenango" } })
    expect(router.state.location.search).toBe("?department=chalatenango")
    await waitFor(() => expect(lastProductsQuery(fetchMock)?.get("cooperative_id")).toBe("coop_pital"))
    expect(requestsTo(fetchMock, "/store/cooperatives").at(-1)?.url.searchParams.get("department")).toBe("chalatenango")
    // One full, paged list under the shop's own heading, not a one-section preview.
    expect(lastProductsQuery(fetchMock)?.get("limit")).toBe("24")
    expect(screen.getByRole("heading", { name: "Crafts" })).toBeTruthy()
    expect(screen.queryByText(/cooperatives in Chalatenango match/)).toBeNull()
  })

  it("says when a department has several cooperatives, shows each one's crafts, and links to each in full", async () => {
    const fetchMock = stubStore((url) =>
      productsPage([url.searchParams.get("cooperative_id") === "coop_barro" ? dove : hammock])
    )
    const router = renderShop("/shop?department=morazan&q=clay")

    expect(await screen.findByText(/2 cooperatives in Morazán match/, {}, FIRST_LOAD)).toBeTruthy()
    const barro = await screen.findByRole("region", { name: barroNegro.name })
    expect(await within(barro).findByText("Clay dove of peace")).toBeTruthy()
    const semillas = screen.getByRole("region", { name: semillasDeMorazan.name })
    expect(await within(semillas).findByText("Cotton hammock")).toBeTruthy()

    const perCooperative = requestsTo(fetchMock, "/store/products").map(({ url }) => url.searchParams)
    expect(perCooperative.map((query) => query.get("cooperative_id")).sort()).toEqual(["coop_barro", "coop_semillas"])
    expect(perCooperative.every((query) => query.get("q") === "clay" && query.get("limit") === "4")).toBe(true)

    fireEvent.click(within(barro).getByRole("link", { name: `See all crafts by ${barroNegro.name}` }))
    expect(router.state.location.search).toBe("?q=clay&department=morazan&cooperative=coop_barro")
    await waitFor(() => expect(select("Cooperative").value).toBe("coop_barro"))
    expect(screen.queryByText(/2 cooperatives in Morazán match/)).toBeNull()
  })

  it("narrows a department's cooperatives by producer group before choosing how to list them", async () => {
    const fetchMock = stubStore()
    renderShop("/shop?department=morazan&group=women")
    await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)
    const query = lastProductsQuery(fetchMock)
    expect(query?.get("cooperative_id")).toBe("coop_barro")
    expect(query?.get("producer_group")).toBe("women")
  })

  it("offers to clear the filters when nothing matches, keeping the sort", async () => {
    const fetchMock = stubStore((url) => (url.searchParams.get("q") ? productsPage([]) : productsPage([dove])))
    const router = renderShop("/shop?q=zzz&group=youth&sort=oldest")
    expect(await screen.findByText("No crafts match.", {}, FIRST_LOAD)).toBeTruthy()

    const clearButtons = screen.getAllByRole("button", { name: "Clear filters" })
    fireEvent.click(clearButtons[clearButtons.length - 1]!)

    expect(await screen.findByText("Clay dove of peace")).toBeTruthy()
    expect(router.state.location.search).toBe("?sort=oldest")
    expect(lastProductsQuery(fetchMock)?.has("q")).toBe(false)
  })
})

describe("Shop sorted by price", () => {
  const mug = product("prod_mug", "Painted mug", [12])
  /** The price-order route's answer: ids only, in price order, with the total. */
  const priceOrder = (ids: string[], count = ids.length, offset = 0) => ({ product_ids: ids, count, offset, limit: 24 })
  const idsAsked = (query: URLSearchParams | undefined) =>
    [...(query?.entries() ?? [])].filter(([key]) => key.startsWith("id[")).map(([, value]) => value)

  it("offers both price orders, puts the choice in the URL and shows the crafts in the route's order", async () => {
    const fetchMock = stubStore(
      // /store/products answers the ids in its own order; the grid must not keep that order.
      () => productsPage([mug, dove, hammock]),
      { "/store/catalog/price-order": (url) => json(priceOrder(url.searchParams.get("order") === "-price" ? ["prod_hammock", "prod_dove", "prod_mug"] : ["prod_mug", "prod_dove", "prod_hammock"], 3)) }
    )
    const router = renderShop("/shop?group=women")
    await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)
    expect(within(select("Sort")).getAllByRole("option").map((option) => option.textContent)).toEqual([
      "Newest first",
      "Oldest first",
      "Price: low to high",
      "Price: high to low",
    ])

    fireEvent.change(select("Sort"), { target: { value: "price-desc" } })
    expect(router.state.location.search).toBe("?group=women&sort=price-desc")
    const titles = () => screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)
    await waitFor(() => expect(titles()).toEqual(["Cotton hammock", "Clay dove of peace", "Painted mug"]))
    const ordered = requestsTo(fetchMock, "/store/catalog/price-order").at(-1)?.url.searchParams
    expect(ordered?.get("order")).toBe("-price")
    expect(ordered?.get("producer_group")).toBe("women")
    expect(ordered?.get("region_id")).toBe("reg_us")
    expect(ordered?.get("offset")).toBe("0")
    expect(idsAsked(lastProductsQuery(fetchMock))).toEqual(["prod_hammock", "prod_dove", "prod_mug"])
    expect(lastProductsQuery(fetchMock)?.get("region_id")).toBe("reg_us")

    fireEvent.change(select("Sort"), { target: { value: "price-asc" } })
    expect(router.state.location.search).toBe("?group=women&sort=price-asc")
    await waitFor(() => expect(titles()).toEqual(["Painted mug", "Clay dove of peace", "Cotton hammock"]))

    await act(() => router.navigate(-1))
    expect(select("Sort").value).toBe("price-desc")
    await waitFor(() => expect(titles()).toEqual(["Cotton hammock", "Clay dove of peace", "Painted mug"]))
  })

  it("restores a shared link's price order with every filter and the page, and pages by the route's count", async () => {
    const fetchMock = stubStore(() => productsPage([hammock]), {
      "/store/catalog/price-order": (url) => json(priceOrder(["prod_hammock"], 30, Number(url.searchParams.get("offset")))),
    })
    renderShop("/shop?q=cotton&category=pcat_textiles&group=youth&cooperative=coop_pital&sort=price-asc&page=2")
    expect(await screen.findByText("Cotton hammock", {}, FIRST_LOAD)).toBeTruthy()
    expect(select("Sort").value).toBe("price-asc")
    expect(screen.getByText("25–30 of 30")).toBeTruthy()
    const ordered = requestsTo(fetchMock, "/store/catalog/price-order").at(-1)?.url.searchParams
    expect(Object.fromEntries(ordered ?? [])).toMatchObject({
      order: "price",
      q: "cotton",
      category_id: "pcat_textiles",
      producer_group: "youth",
      cooperative_id: "coop_pital",
      offset: "24",
      limit: "24",
    })
    // Products come by id only, never with an order or offset that would reshuffle them.
    expect(lastProductsQuery(fetchMock)?.has("order")).toBe(false)
    expect(lastProductsQuery(fetchMock)?.has("offset")).toBe(false)
  })

  it("shows the empty state without asking for products when nothing matches", async () => {
    const fetchMock = stubStore(() => productsPage([dove]), {
      "/store/catalog/price-order": () => json(priceOrder([], 0)),
    })
    renderShop("/shop?q=zzz&sort=price-desc")
    expect(await screen.findByText("No crafts match.", {}, FIRST_LOAD)).toBeTruthy()
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)
  })

  it("shows the error state with Retry when the price order fails", async () => {
    stubStore(() => productsPage([dove]), {
      "/store/catalog/price-order": () => json({ type: "unexpected_state", message: "boom" }, 500),
    })
    renderShop("/shop?sort=price-asc")
    expect(await screen.findByRole("button", { name: "Retry" }, FIRST_LOAD)).toBeTruthy()
  })
})

describe("Shop catalog text in the buyer's language", () => {
  it("asks Medusa's translations for Spanish when the buyer switches language", async () => {
    const fetchMock = stubStore((url) =>
      url.searchParams.get("locale") === "es-SV"
        ? productsPage([{ ...dove, title: "Paloma de la paz de barro" }])
        : productsPage([dove])
    )
    renderShop("/shop")
    await screen.findByText("Clay dove of peace", {}, FIRST_LOAD)
    expect(lastProductsQuery(fetchMock)?.has("locale")).toBe(false)
    await waitFor(() => expect(within(select("Craft")).getByRole("option", { name: "Pottery" })).toBeTruthy())

    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "es" } })
    expect(await screen.findByText("Paloma de la paz de barro")).toBeTruthy()
    expect(lastProductsQuery(fetchMock)?.get("locale")).toBe("es-SV")
    expect(await within(screen.getByLabelText<HTMLSelectElement>("Artesanía")).findByRole("option", { name: "Cerámica" })).toBeTruthy()
    expect(requestsTo(fetchMock, "/store/product-categories").at(-1)?.url.searchParams.get("locale")).toBe("es-SV")
  })
})
