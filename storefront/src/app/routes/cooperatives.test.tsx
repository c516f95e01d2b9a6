import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { createMemoryRouter, RouterProvider } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { barroNegro, coloresDelPital, cooperativesPage, semillasDeMorazan } from "@/testing/cooperative-fixtures"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { regionsBody, storefrontConfig } from "@/testing/medusa-fixtures"
import { AppProvider } from "../provider"
import { routes } from "../router"

// The first render loads the lazy page chunk, slow on a busy machine; later waits keep the default.
const FIRST_LOAD = { timeout: 5000 }

const all = [coloresDelPital, barroNegro, semillasDeMorazan]

function stubStore() {
  return stubFetch({
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/regions": () => json(regionsBody),
    "/store/cooperatives": (url) => {
      const group = url.searchParams.get("producer_group")
      const department = url.searchParams.get("department")
      const matching = all.filter(
        (c) => (!group || c.producer_groups.includes(group as never)) && (!department || c.department === department)
      )
      return json(cooperativesPage(matching))
    },
  })
}

function renderDirectory(entry: string) {
  const router = createMemoryRouter(routes, { initialEntries: [entry] })
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  )
  return router
}

const lastQuery = (fetchMock: ReturnType<typeof stubFetch>) => requestsTo(fetchMock, "/store/cooperatives").at(-1)?.url.searchParams

describe("Cooperatives directory", () => {
  it("shows each cooperative's name, groups, place and crafts, linking to its page", async () => {
    stubStore()
    renderDirectory("/cooperatives")
    const link = await screen.findByRole("link", { name: coloresDelPital.name }, FIRST_LOAD)
    expect(link.getAttribute("href")).toBe("/cooperatives/colores-del-pital")
    const card = link.closest("article")!
    expect(within(card).getByText("La Palma, Chalatenango")).toBeTruthy()
    expect(within(within(card).getByRole("list", { name: "Producer groups" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Ex-combatants",
      "Youth",
    ])
    expect(within(card).getByText(/painted wood · copinol seed keychains/)).toBeTruthy()
    expect(screen.getByText("3 cooperatives")).toBeTruthy()
  })

  it("keeps the filters in the URL, sends them to the store, and restores them on Back", async () => {
    const fetchMock = stubStore()
    const router = renderDirectory("/cooperatives?group=women")
    await screen.findByRole("link", { name: barroNegro.name }, FIRST_LOAD)
    expect(screen.getByLabelText<HTMLSelectElement>("Producer group").value).toBe("women")
    expect(lastQuery(fetchMock)?.get("producer_group")).toBe("women")
    expect(screen.queryByRole("link", { name: coloresDelPital.name })).toBeNull()

    fireEvent.change(screen.getByLabelText("Department"), { target: { value: "chalatenango" } })
    expect(router.state.location.search).toBe("?group=women&department=chalatenango")
    expect(await screen.findByText("No cooperative matches these filters.")).toBeTruthy()
    expect(lastQuery(fetchMock)?.get("department")).toBe("chalatenango")

    await act(() => router.navigate(-1))
    await screen.findByRole("link", { name: barroNegro.name })
    expect(screen.getByLabelText<HTMLSelectElement>("Department").value).toBe("")

    fireEvent.change(screen.getByLabelText("Department"), { target: { value: "chalatenango" } })
    await screen.findByText("No cooperative matches these filters.")
    // The filter bar's button; the empty list offers the same one.
    fireEvent.click(screen.getAllByRole("button", { name: "Clear filters" })[0]!)
    expect(router.state.location.search).toBe("")
    await waitFor(() => expect(screen.getByRole("link", { name: coloresDelPital.name })).toBeTruthy())
  })
})
