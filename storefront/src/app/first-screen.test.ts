import { afterEach, describe, expect, it, vi } from "vitest"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"

const regions = [
  { id: "reg_us", name: "United States", currency_code: "usd", countries: [{ iso_2: "us" }] },
  { id: "reg_eu", name: "European Union", currency_code: "eur", countries: [{ iso_2: "de" }, { iso_2: "es" }] },
]

function writeBoot() {
  const block = document.createElement("script")
  block.id = "cis-boot"
  block.type = "application/json"
  block.textContent = JSON.stringify({ publishable_key: "pk_page", stripe_publishable_key: null, regions })
  document.head.append(block)
}

async function fresh() {
  vi.resetModules()
  return {
    ...(await import("./first-screen")),
    ...(await import("@/lib/query-client")),
    ...(await import("@/features/products/api/query-keys")),
  }
}

describe("the first screen's crafts, asked for before the route's code arrives", () => {
  afterEach(() => {
    document.getElementById("cis-boot")?.remove()
    localStorage.clear()
  })

  it("asks for the home page's crafts in the remembered region and language, under the key the home grid reads", async () => {
    writeBoot()
    localStorage.setItem("cis-crafts.region-id", "reg_eu")
    localStorage.setItem("cis-crafts.language", "es")
    const fetchMock = stubFetch({ "/store/products": () => json({ products: [], count: 0, offset: 0, limit: 8 }) })
    const { prefetchFirstScreen, createQueryClient, productKeys, HOME_FEATURED } = await fresh()
    const client = createQueryClient()
    prefetchFirstScreen(client, { pathname: "/", search: "" })
    await vi.waitFor(() => expect(requestsTo(fetchMock, "/store/products")).toHaveLength(1))
    const [request] = requestsTo(fetchMock, "/store/products")
    expect(request!.url.searchParams.get("region_id")).toBe("reg_eu")
    expect(request!.url.searchParams.get("limit")).toBe(String(HOME_FEATURED))
    expect(request!.url.searchParams.get("locale")).toBe("es-SV")
    expect(request!.headers.get("x-publishable-api-key")).toBe("pk_page")
    // The grid's own params (product-grid.tsx): { ...filters, sort, regionId, limit, offset, catalogLocale }.
    const gridKey = productKeys.list({ sort: "newest", regionId: "reg_eu", limit: HOME_FEATURED, offset: 0, catalogLocale: "es-SV" })
    await vi.waitFor(() => expect(client.getQueryData(gridKey)).toMatchObject({ count: 0 }))
  })

  it("asks nothing for a filtered shop, another page, or a page without boot data", async () => {
    const fetchMock = stubFetch({})
    const { prefetchFirstScreen, createQueryClient } = await fresh()
    prefetchFirstScreen(createQueryClient(), { pathname: "/", search: "" })
    writeBoot()
    const again = await fresh()
    again.prefetchFirstScreen(again.createQueryClient(), { pathname: "/shop", search: "?q=hamaca" })
    again.prefetchFirstScreen(again.createQueryClient(), { pathname: "/cart", search: "" })
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(fetchMock).not.toHaveBeenCalled()
  })
})

describe("the first screen's crafts carried by the page", () => {
  afterEach(() => {
    document.getElementById("cis-boot")?.remove()
    localStorage.clear()
  })

  it("uses them without a request when the server guessed the region and language, and asks when it guessed wrong", async () => {
    const page = { products: [{ id: "prod_1", title: "Hamaca" }], count: 1, offset: 0, limit: 8 }
    const block = document.createElement("script")
    block.id = "cis-boot"
    block.type = "application/json"
    block.textContent = JSON.stringify({
      publishable_key: "pk_page",
      regions,
      products: { region_id: "reg_eu", locale: "es-SV", limit: 8, fetched_at: Date.now(), response: page },
    })
    document.head.append(block)
    localStorage.setItem("cis-crafts.region-id", "reg_eu")
    localStorage.setItem("cis-crafts.language", "es")
    const fetchMock = stubFetch({ "/store/products": () => json({ products: [], count: 0, offset: 0, limit: 8 }) })
    const { prefetchFirstScreen, createQueryClient, productKeys } = await fresh()
    const client = createQueryClient()
    prefetchFirstScreen(client, { pathname: "/", search: "" })
    expect(client.getQueryData(productKeys.list({ sort: "newest", regionId: "reg_eu", limit: 8, offset: 0, catalogLocale: "es-SV" }))).toEqual(page)
    expect(fetchMock).not.toHaveBeenCalled()

    // The visitor chose English before: the carried Spanish page is not theirs.
    localStorage.setItem("cis-crafts.language", "en")
    const other = await fresh()
    other.prefetchFirstScreen(other.createQueryClient(), { pathname: "/", search: "" })
    await vi.waitFor(() => expect(requestsTo(fetchMock, "/store/products")).toHaveLength(1))
    expect(requestsTo(fetchMock, "/store/products")[0]!.url.searchParams.has("locale")).toBe(false)
  })
})
