import { render, screen, waitFor, within } from "@testing-library/react"
import { createMemoryRouter, RouterProvider } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { barroNegro, coloresDelPital, cooperativesPage, impactBody, semillasDeMorazan } from "@/testing/cooperative-fixtures"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { product, productsPage, regionsBody, storefrontConfig } from "@/testing/medusa-fixtures"
import { AppProvider } from "../provider"
import { routes } from "../router"

// The first render loads the lazy page chunk, slow on a busy machine; later waits keep the default.
const FIRST_LOAD = { timeout: 5000 }

describe("Home", () => {
  it("shows the newest crafts, the cooperatives under each group they belong to, and the impact", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/regions": () => json(regionsBody),
      "/store/products": () => json(productsPage([product("prod_dove", "Clay dove of peace", [18])])),
      "/store/cooperatives": () => json(cooperativesPage([coloresDelPital, barroNegro, semillasDeMorazan])),
      "/store/impact": () => json(impactBody),
    })
    render(
      <AppProvider>
        <RouterProvider router={createMemoryRouter(routes, { initialEntries: ["/"] })} />
      </AppProvider>
    )

    expect(await screen.findByRole("heading", { level: 1 }, FIRST_LOAD)).toBeTruthy()
    const featured = await screen.findByRole("region", { name: "New from the workshops" }, FIRST_LOAD)
    expect((await within(featured).findByRole("link", { name: "Clay dove of peace" }, FIRST_LOAD)).getAttribute("href")).toBe("/products/dove")
    expect(await within(featured).findByText("from $18.00")).toBeTruthy()
    await waitFor(() => {
      const query = requestsTo(fetchMock, "/store/products").at(-1)?.url.searchParams
      expect([query?.get("limit"), query?.get("order"), query?.get("region_id")]).toEqual(["8", "-id", "reg_us"])
    })

    const names = (heading: string) =>
      within(screen.getByRole("region", { name: heading }))
        .getAllByRole("link")
        .map((link) => link.textContent)
    await screen.findByRole("region", { name: "Women's cooperatives" })
    expect(names("Women's cooperatives")).toEqual([barroNegro.name, "See all women's cooperatives"])
    // A cooperative of youth and ex-combatants is listed under both.
    expect(names("Youth cooperatives")).toContain(semillasDeMorazan.name)
    expect(names("Ex-combatants' cooperatives")).toContain(semillasDeMorazan.name)
    expect(names("Ex-combatants' cooperatives")).toContain(coloresDelPital.name)

    expect(await screen.findByText("$12,345.67")).toBeTruthy()
  })
})
