import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { product, productsPage, regionsBody, storefrontConfig } from "@/testing/medusa-fixtures"
import { createMemoryRouter, RouterProvider } from "react-router-dom"
import { AppProvider } from "./provider"
import { routes } from "./router"

function stubStore() {
  return stubFetch({
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/regions": () => json(regionsBody),
    "/store/products": (url) =>
      url.searchParams.get("region_id") === "reg_eu"
        ? json(productsPage([product("prod_dove", "Clay dove of peace", [16.5], "eur")]))
        : json(productsPage([product("prod_dove", "Clay dove of peace", [18])])),
  })
}

const renderApp = () =>
  render(
    <AppProvider>
      <RouterProvider router={createMemoryRouter(routes, { initialEntries: ["/shop"] })} />
    </AppProvider>
  )

describe("App", () => {
  it("picks the browser's region first, then remembers the shopper's choice", async () => {
    const fetchMock = stubStore()
    renderApp()

    expect(await screen.findByRole("banner")).toBeTruthy()
    expect(screen.getByRole("link", { name: "CIS Fair Trade Crafts" })).toBeTruthy()
    const picker = screen.getByLabelText<HTMLSelectElement>("Ship to / currency")

    // jsdom's navigator.language is en-US.
    expect(await screen.findByText("from $18.00")).toBeTruthy()
    expect(picker.value).toBe("reg_us")
    expect(within(picker).getByRole("option", { name: "European Union (EUR)" })).toBeTruthy()
    expect(window.localStorage.length).toBe(0)

    fireEvent.change(picker, { target: { value: "reg_eu" } })

    expect(await screen.findByText("from €16.50")).toBeTruthy()
    expect(window.localStorage.getItem("cis-crafts.region-id")).toBe("reg_eu")
    expect(requestsTo(fetchMock, "/store/products").at(-1)?.url.searchParams.get("region_id")).toBe("reg_eu")
  })

  it("starts from the remembered region on the next visit", async () => {
    window.localStorage.setItem("cis-crafts.region-id", "reg_eu")
    stubStore()
    renderApp()
    expect(await screen.findByText("from €16.50")).toBeTruthy()
    expect(screen.getByLabelText<HTMLSelectElement>("Ship to / currency").value).toBe("reg_eu")
  })

  it("keeps the phone header to the name, the cart and Menu, with the pages, region and language inside Menu", async () => {
    stubStore()
    renderApp()
    const menu = await screen.findByRole("button", { name: "Menu" })
    const panel = document.getElementById(menu.getAttribute("aria-controls") ?? "")!
    expect(menu.getAttribute("aria-expanded")).toBe("false")
    expect(panel.getAttribute("data-open")).toBe("false")
    expect(within(panel).getByLabelText("Ship to / currency")).toBeTruthy()
    expect(within(panel).getByLabelText("Language")).toBeTruthy()
    expect(within(panel).getByRole("link", { name: "Shop" })).toBeTruthy()
    // The cart stays outside the menu: one tap from every page.
    expect(within(panel).queryByRole("link", { name: /Cart/ })).toBeNull()
    expect(screen.getByRole("link", { name: /Cart/ })).toBeTruthy()
    fireEvent.click(menu)
    expect(menu.getAttribute("aria-expanded")).toBe("true")
    expect(panel.getAttribute("data-open")).toBe("true")
  })

  it("names the tab in the buyer's language", async () => {
    window.localStorage.setItem("cis-crafts.language", "es")
    stubStore()
    renderApp()
    await screen.findByRole("button", { name: "Menú" })
    await waitFor(() => expect(document.title).toBe("Artesanías de Comercio Justo CIS"))
  })
})
