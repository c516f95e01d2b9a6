import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { createMemoryRouter, RouterProvider } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { coloresDelPital } from "@/testing/cooperative-fixtures"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { product, productsPage, regionsBody, storefrontConfig } from "@/testing/medusa-fixtures"
import { AppProvider } from "../provider"
import { routes } from "../router"

// The first render loads the lazy page chunk, slow on a busy machine; later waits keep the default.
const FIRST_LOAD = { timeout: 5000 }

function stubStore() {
  return stubFetch({
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/regions": () => json(regionsBody),
    "/store/cooperatives/colores-del-pital": () => json({ cooperative: coloresDelPital }),
    "/store/cooperatives/nobody": () =>
      json({ type: "not_found", message: "Cooperative with handle: nobody was not found" }, 404),
    "/store/products": () => json(productsPage([product("prod_cross", "Painted cross", [24])])),
  })
}

function renderPage(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] })
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  )
  return router
}

describe("Cooperative page", () => {
  it("tells the story in the chosen language, paragraph by paragraph, and switches with the language", async () => {
    stubStore()
    renderPage("/cooperatives/colores-del-pital")

    expect(await screen.findByRole("heading", { level: 1, name: coloresDelPital.name }, FIRST_LOAD)).toBeTruthy()
    const story = screen.getByRole("region", { name: "Their story" })
    const paragraphs = () => within(story).getAllByText(/./, { selector: "div > p" }).map((p) => p.textContent)
    expect(paragraphs()).toEqual([
      "Colores del Pital began in 1994 in a borrowed room in La Palma.",
      "Today the workshop is shared by the founders and young painters.",
    ])

    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "es" } })

    const historia = await screen.findByRole("region", { name: "Su historia" })
    // The Spanish story's blank line holds spaces; it still separates two paragraphs.
    expect(within(historia).getAllByText(/./, { selector: "div > p" }).map((p) => p.textContent)).toEqual([
      "Colores del Pital nació en 1994 en un cuarto prestado de La Palma.",
      "Hoy el taller lo comparten los fundadores y jóvenes pintores.",
    ])
    expect(historia.querySelector("[lang]")?.getAttribute("lang")).toBe("es")
    expect(screen.getByText("Excombatientes")).toBeTruthy()
    expect(screen.getByText("La Palma, Chalatenango", { selector: ".cooperative-profile__place" })).toBeTruthy()
  })

  it("shows the facts, its department on the map, and only its own crafts", async () => {
    const fetchMock = stubStore()
    renderPage("/cooperatives/colores-del-pital")

    expect(await screen.findByRole("img", { name: /Chalatenango highlighted/ }, FIRST_LOAD)).toBeTruthy()
    expect(screen.getByText("Members").nextElementSibling?.textContent).toBe("18")
    expect(screen.getByText("Founded").nextElementSibling?.textContent).toBe("1994")
    expect(screen.getByText("copinol seed keychains")).toBeTruthy()
    expect(screen.queryByText("Website")).toBeNull()
    expect(screen.getByRole("link", { name: "Shop their crafts" }).getAttribute("href")).toBe("/shop?cooperative=coop_pital")

    expect(await screen.findByText("Painted cross")).toBeTruthy()
    await waitFor(() =>
      expect(requestsTo(fetchMock, "/store/products").at(-1)?.url.searchParams.get("cooperative_id")).toBe("coop_pital")
    )
  })

  it("links its website, by the site's name, when staff gave one", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/regions": () => json(regionsBody),
      "/store/cooperatives/colores-del-pital": () =>
        json({ cooperative: { ...coloresDelPital, website: "https://pital.example.org/nosotros" } }),
      "/store/products": () => json(productsPage([])),
    })
    renderPage("/cooperatives/colores-del-pital")

    const link = await screen.findByRole("link", { name: "pital.example.org" }, FIRST_LOAD)
    expect(link.getAttribute("href")).toBe("https://pital.example.org/nosotros")
    expect(screen.getByText("Website").nextElementSibling?.contains(link)).toBe(true)
  })

  it("answers an unknown cooperative kindly, with a way to the list, and does not retry", async () => {
    const fetchMock = stubStore()
    renderPage("/cooperatives/nobody")

    expect(await screen.findByRole("heading", { name: "We couldn't find that cooperative." }, FIRST_LOAD)).toBeTruthy()
    expect(screen.getByRole("link", { name: "See all the cooperatives" }).getAttribute("href")).toBe("/cooperatives")
    expect(screen.queryByRole("alert")).toBeNull()
    expect(requestsTo(fetchMock, "/store/cooperatives/nobody")).toHaveLength(1)
    expect(requestsTo(fetchMock, "/store/products")).toHaveLength(0)
  })
})
