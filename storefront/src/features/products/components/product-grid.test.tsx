import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen } from "@testing-library/react"
import { useState } from "react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { product, productsPage, storefrontConfig } from "@/testing/medusa-fixtures"
import type { ProductFilters } from "../api/query-keys"
import { FIRST_FRAME_CARDS, ProductGrid } from "./product-grid"

const dove = product("prod_dove", "Clay dove of peace", [32, 18, 24.5])
const hammock = product("prod_hammock", "Cotton hammock", [89.99])

// The page owns the page number (the shop keeps it in the URL); this stands in for it.
function PagedGrid({ regionId, filters }: { regionId: string | undefined; filters?: ProductFilters }) {
  const [page, setPage] = useState(1)
  return <ProductGrid regionId={regionId} locale="en-US" filters={filters} page={page} onPageChange={setPage} />
}

function renderGrid(regionId: string | undefined = "reg_us", { language = "en", filters }: { language?: Language; filters?: ProductFilters } = {}) {
  // No automatic retries: the error path must show at once.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <PagedGrid regionId={regionId} filters={filters} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const busyCards = (container: HTMLElement) => container.querySelectorAll('li[aria-busy="true"]')

describe("ProductGrid", () => {
  it("shows skeleton cards, then each product with its lowest price", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": () => json(productsPage([dove, hammock])),
    })
    const { container } = renderGrid()

    expect(busyCards(container).length).toBeGreaterThan(0)
    expect(screen.getByRole("status").textContent).toBe("Loading crafts…")

    expect(await screen.findByRole("heading", { name: "Clay dove of peace" })).toBeTruthy()
    expect(screen.getByText("from $18.00")).toBeTruthy()
    expect(screen.getByText("from $89.99")).toBeTruthy()
    expect(screen.getByText("Cotton hammock, handmade in El Salvador")).toBeTruthy()
    expect(screen.getAllByText("Made by Cooperativa Flor de Copinol")).toHaveLength(2)
    expect(busyCards(container)).toHaveLength(0)

    const image = screen.getByRole("img", { name: "Clay dove of peace" })
    expect(image.getAttribute("src")).toBe("http://localhost:9000/static/prod_dove.svg")
    // On a phone's first screen: fetched at once and first, not lazily once laid out.
    expect(image.getAttribute("loading")).toBe("eager")
    expect(image.getAttribute("fetchpriority")).toBe("high")
    expect(image.getAttribute("width")).toBe("400")
    expect(screen.getByRole("link", { name: "Clay dove of peace" }).getAttribute("href")).toBe("/products/dove")
    expect(screen.getByText("2 crafts")).toBeTruthy()

    const [request] = requestsTo(fetchMock, "/store/products")
    expect(request?.url.origin).toBe("http://localhost:9000")
    expect(request?.url.searchParams.get("region_id")).toBe("reg_us")
    expect(request?.url.searchParams.get("limit")).toBe("24")
    expect(request?.url.searchParams.get("offset")).toBe("0")
    expect(request?.url.searchParams.get("fields")).toContain("*variants.calculated_price")
    expect(request?.url.searchParams.get("fields")).toContain("cooperative.name")
    // Newest first, on the unique ULID id: see get-products.ts for why not created_at.
    expect(request?.url.searchParams.get("order")).toBe("-id")
    expect(request?.headers.get("x-publishable-api-key")).toBe(storefrontConfig.publishable_key)
  })

  it("shows the error with a Retry button that loads the products again", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": () =>
        ++calls === 1
          ? json({ code: "unknown_error", type: "unknown_error", message: "An unknown error occurred." }, 500)
          : json(productsPage([hammock])),
    })
    renderGrid()

    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("We couldn't load the crafts.")
    expect(alert.textContent).toContain("HTTP 500")

    fireEvent.click(screen.getByRole("button", { name: "Retry" }))

    expect(await screen.findByText("from $89.99")).toBeTruthy()
    expect(screen.queryByRole("alert")).toBeNull()
    expect(calls).toBe(2)
  })

  it("pages with Previous and Next using count and offset", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": (url) =>
        url.searchParams.get("offset") === "24"
          ? json(productsPage([hammock], 25, 24))
          : json(productsPage([dove], 25, 0)),
    })
    renderGrid()

    await screen.findByText("Clay dove of peace")
    expect(screen.getByText("1–24 of 25")).toBeTruthy()
    expect(screen.getByRole("button", { name: "Previous" }).hasAttribute("disabled")).toBe(true)

    fireEvent.click(screen.getByRole("button", { name: "Next" }))

    expect(await screen.findByText("Cotton hammock")).toBeTruthy()
    expect(screen.getByText("25–25 of 25")).toBeTruthy()
    expect(screen.getByRole("button", { name: "Next" }).hasAttribute("disabled")).toBe(true)
    expect(requestsTo(fetchMock, "/store/products").map(({ url }) => url.searchParams.get("offset"))).toEqual([
      "0",
      "24",
    ])
  })

  it("draws the first screen's cards in its first frame and the rest of the page right after", async () => {
    const page = Array.from({ length: 24 }, (_, index) => product(`prod_${index}`, `Craft number ${index}`, [10 + index]))
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": () => json(productsPage(page)),
    })
    const { container } = renderGrid()
    await screen.findByText("Craft number 0")
    const cards = () => container.querySelectorAll("ul.product-grid > li").length
    // A slow phone paints these before laying out 24 cards; more than a phone's first screen holds.
    expect(cards()).toBe(FIRST_FRAME_CARDS)
    expect(FIRST_FRAME_CARDS).toBeLessThan(24)
    expect(await screen.findByText("Craft number 23")).toBeTruthy()
    expect(cards()).toBe(24)
    expect(screen.getByText("24 crafts")).toBeTruthy()
  })

  it("says so when the region has no products", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": () => json(productsPage([])),
    })
    renderGrid()
    expect(await screen.findByText("No crafts here yet.")).toBeTruthy()
  })

  it("waits with the skeleton, asking for nothing, until a region is chosen", () => {
    const fetchMock = stubFetch({})
    const { container } = renderGrid(undefined)
    expect(busyCards(container).length).toBeGreaterThan(0)
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("sends each filter as the store API's query parameter, and only the ones set", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": () => json(productsPage([dove])),
    })
    renderGrid("reg_us", { filters: { q: "dove", categoryId: "pcat_pottery", cooperativeId: "coop_1", producerGroup: "women" } })
    await screen.findByText("Clay dove of peace")
    const params = requestsTo(fetchMock, "/store/products")[0]?.url.searchParams
    expect(params?.get("q")).toBe("dove")
    expect(params?.get("category_id")).toBe("pcat_pottery")
    expect(params?.get("cooperative_id")).toBe("coop_1")
    expect(params?.get("producer_group")).toBe("women")

    renderGrid("reg_us", { filters: { q: "" } })
    await screen.findAllByText("Clay dove of peace")
    const unfiltered = requestsTo(fetchMock, "/store/products")[1]?.url.searchParams
    expect([...(unfiltered?.keys() ?? [])].sort()).toEqual(["fields", "limit", "offset", "order", "region_id"])
  })

  it("speaks Spanish when the shopper reads Spanish", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": () => json(productsPage([dove])),
    })
    renderGrid("reg_us", { language: "es" })
    expect(await screen.findByText("Hecho por Cooperativa Flor de Copinol")).toBeTruthy()
    expect(screen.getByText("desde $18.00")).toBeTruthy()
    expect(screen.getByRole("heading", { name: "Artesanías" })).toBeTruthy()
  })
})
