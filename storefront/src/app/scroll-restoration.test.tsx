import { render, screen } from "@testing-library/react"
import { afterEach, describe, expect, it } from "vitest"
import { json, stubFetch } from "@/testing/fake-backend"
import { product, productsPage, regionsBody, storefrontConfig } from "@/testing/medusa-fixtures"
import { AppProvider } from "./provider"
import { AppRouter } from "./router"

/**
 * React Router saves and restores scroll positions by the history entry's
 * key. An entry opened by a full page load has no state, so the router calls
 * it "default": every fresh load then shares one saved position (/shop
 * opened scrolled down). These check the key the router's location gets.
 */
async function load(path: string, historyState: unknown) {
  window.history.replaceState(historyState, "", path)
  stubFetch({
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/regions": () => json(regionsBody),
    "/store/products": () => json(productsPage([product("prod_dove", "Clay dove of peace", [18])])),
  })
  const view = render(
    <AppProvider>
      <AppRouter />
    </AppProvider>
  )
  expect(await screen.findByText("from $18.00")).toBeTruthy()
  const key = (window.history.state as { key?: string } | null)?.key
  view.unmount()
  return key
}

afterEach(() => window.history.replaceState(null, "", "/"))

describe("scroll restoration keys", () => {
  it("gives every full page load its own entry key, never the shared \"default\"", async () => {
    const first = await load("/shop", null)
    const second = await load("/shop", null)
    expect(first).toEqual(expect.any(String))
    expect(first).not.toBe("default")
    expect(second).not.toBe(first)
  })

  it("keeps a reloaded entry's key, so a reload still comes back to where the buyer was", async () => {
    expect(await load("/shop", { usr: null, key: "k1reload", idx: 3 })).toBe("k1reload")
  })
})
