import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, within } from "@testing-library/react"
import { beforeEach, describe, expect, it, vi } from "vitest"
import { LanguageProvider } from "@/lib/i18n"
import { coordinatorToken, productsBody, stockChangeBody, stockLevel } from "@/testing/coordinator-fixtures"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { COORDINATOR_TOKEN_KEY } from "../utils/session"
import { InventoryPanel } from "./inventory-panel"
import { PortalFrame } from "./portal-frame"

const STOCK_PATH = "/coordinator/variants/variant_hammock/stock"

/** A backend whose hammock count really changes, so refetches after a change agree with it. */
function stubInventory(refuse?: (quantity: number) => Response | undefined) {
  let stocked = 12
  const reserved = 3
  const bodies: unknown[] = []
  const fetchMock = stubFetch({
    "/coordinator/products": () => {
      const [hammock, ...rest] = productsBody.products
      return json({ products: [{ ...hammock!, variants: [{ ...hammock!.variants[0]!, levels: [stockLevel(stocked, reserved)] }] }, ...rest] })
    },
    [STOCK_PATH]: (_url, init) => {
      const body = JSON.parse(String(init?.body)) as { quantity: number }
      bodies.push(body)
      const refusal = refuse?.(body.quantity)
      if (refusal) return refusal
      const from = stocked
      stocked = body.quantity
      return json(stockChangeBody(from, stocked, reserved))
    },
  })
  return { fetchMock, bodies }
}

function renderPanel() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial="es">
        <InventoryPanel />
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const hammockCounts = () => {
  const card = screen.getByRole("heading", { name: "Hamaca de algodón" }).closest("li")!
  const figure = (label: string) => within(card).getByText(label).nextElementSibling?.textContent
  return { stocked: figure("En bodega"), reserved: figure("Apartadas para pedidos"), available: figure("Disponibles") }
}

async function openEditor() {
  fireEvent.click(await screen.findByRole("button", { name: "Cambiar cantidad: Hamaca de algodón" }))
  return screen.getByLabelText<HTMLInputElement>("Nueva cantidad en bodega")
}

beforeEach(() => window.sessionStorage.setItem(COORDINATOR_TOKEN_KEY, coordinatorToken))

describe("InventoryPanel", () => {
  it("shows each variant's counts and flags the low ones", async () => {
    stubInventory()
    renderPanel()
    await screen.findByRole("heading", { name: "Hamaca de algodón" })
    expect(hammockCounts()).toEqual({ stocked: "12", reserved: "3", available: "9" })
    const dove = screen.getByRole("heading", { name: "Pequeña" }).closest("li")!
    expect(within(dove).getByText("Quedan pocas")).toBeTruthy()
    expect(within(screen.getByRole("heading", { name: "Grande" }).closest("li")!).queryByText("Quedan pocas")).toBeNull()
  })

  it("says a variant with nothing available is sold out, not that few are left", async () => {
    stubFetch({
      "/coordinator/products": () => {
        const [hammock, ...rest] = productsBody.products
        // All 3 in stock are reserved for orders: none left to sell, and the backend flags it low.
        const soldOut = { ...hammock!.variants[0]!, low_stock: true, levels: [stockLevel(3, 3)] }
        return json({ products: [{ ...hammock!, variants: [soldOut] }, ...rest] })
      },
    })
    renderPanel()
    const card = (await screen.findByRole("heading", { name: "Hamaca de algodón" })).closest("li")!
    expect(within(card).getByText("Agotado")).toBeTruthy()
    expect(within(card).queryByText("Quedan pocas")).toBeNull()
  })

  it("changes a count only after confirming, then undoes it by sending the count before", async () => {
    const { fetchMock, bodies } = stubInventory()
    renderPanel()
    const input = await openEditor()
    expect(input.value).toBe("12")
    expect(input.getAttribute("inputmode")).toBe("numeric")
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole("button", { name: "Una menos" }))
    expect(input.value).toBe("8")
    fireEvent.change(screen.getByLabelText("Motivo (opcional)"), { target: { value: "Conteo del mes" } })
    fireEvent.click(screen.getByRole("button", { name: "Continuar" }))

    expect(screen.getByText("¿Cambiar de 12 a 8?")).toBeTruthy()
    expect(screen.getByText("Motivo: Conteo del mes")).toBeTruthy()
    expect(bodies).toHaveLength(0)
    fireEvent.click(screen.getByRole("button", { name: "Sí, cambiar" }))

    expect(await screen.findByText("Guardado: Hamaca de algodón pasó de 12 a 8.")).toBeTruthy()
    expect(bodies[0]).toEqual({ quantity: 8, location_id: "sloc_cis", reason: "Conteo del mes" })
    expect(requestsTo(fetchMock, STOCK_PATH)[0]?.headers.get("authorization")).toBe(`Bearer ${coordinatorToken}`)
    expect(hammockCounts()).toEqual({ stocked: "8", reserved: "3", available: "5" })

    fireEvent.click(screen.getByRole("button", { name: "Deshacer" }))
    expect(await screen.findByText("Deshecho: Hamaca de algodón volvió a 12.")).toBeTruthy()
    expect(bodies[1]).toEqual({ quantity: 12, location_id: "sloc_cis", reason: "Deshacer el cambio anterior" })
    expect(hammockCounts().stocked).toBe("12")
    // Undone is undone: no second undo of the same change.
    expect(screen.queryByRole("button", { name: "Deshacer" })).toBeNull()
  })

  it("explains the reserved floor when the backend refuses, and shows the counts as they are now", async () => {
    const { fetchMock } = stubInventory((quantity) =>
      quantity < 5
        ? json({ type: "invalid_data", message: "quantity: 5 are reserved for orders not yet shipped; the count cannot go below that" }, 400)
        : undefined
    )
    renderPanel()
    const input = await openEditor()
    fireEvent.change(input, { target: { value: "4" } })
    fireEvent.click(screen.getByRole("button", { name: "Continuar" }))
    fireEvent.click(screen.getByRole("button", { name: "Sí, cambiar" }))

    expect((await screen.findByRole("alert")).textContent).toBe(
      "No se puede bajar de 5: hay 5 apartadas para pedidos que aún no se envían. Las cifras en pantalla ya están al día."
    )
    // Back on the number, to pick another one.
    expect(screen.getByLabelText<HTMLInputElement>("Nueva cantidad en bodega").value).toBe("4")
    await vi.waitFor(() => expect(requestsTo(fetchMock, "/coordinator/products")).toHaveLength(2))
    expect(hammockCounts().stocked).toBe("12")
  })

  it("refuses, before asking the backend, a count below what orders have reserved or not a whole number", async () => {
    const { bodies } = stubInventory()
    renderPanel()
    const input = await openEditor()
    fireEvent.change(input, { target: { value: "2" } })
    fireEvent.click(screen.getByRole("button", { name: "Continuar" }))
    expect(screen.getByRole("alert").textContent).toBe("No puede ser menos de 3: hay 3 apartadas para pedidos que aún no se envían.")
    fireEvent.change(input, { target: { value: "2.5" } })
    fireEvent.click(screen.getByRole("button", { name: "Continuar" }))
    expect(screen.getByRole("alert").textContent).toBe("Escriba un número entero, 0 o mayor.")
    expect(bodies).toHaveLength(0)
  })

  it("offers Retry when the list fails to load, and says so when there is nothing to count", async () => {
    let calls = 0
    // A 4xx, which the portal does not retry by itself (5xx are retried twice first, on purpose).
    stubFetch({
      "/coordinator/products": () => (++calls === 1 ? json({ type: "invalid_data", message: "Unrecognized fields: 'x'" }, 400) : json({ products: [] })),
    })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <QueryClientProvider client={queryClient}>
        <LanguageProvider initial="es">
          <InventoryPanel />
        </LanguageProvider>
      </QueryClientProvider>
    )
    const alert = await screen.findByRole("alert")
    expect(within(alert).getByText("No pudimos cargar sus productos.")).toBeTruthy()
    expect(within(alert).getByText("El servidor respondió con un error (400): Unrecognized fields: 'x'")).toBeTruthy()
    fireEvent.click(within(alert).getByRole("button", { name: "Reintentar" }))
    expect(await screen.findByText("Su cooperativa todavía no tiene productos en la tienda. El personal del CIS los agrega.")).toBeTruthy()
  })
})

describe("the portal's craft titles follow its language", () => {
  it("asks in Spanish by default, in English once the coordinator switches, and shows the titles the backend gives in each", async () => {
    const fetchMock = stubFetch({
      // As the backend does: the catalog's English only when the header asks for English.
      "/coordinator/products": (_url, init) => {
        const english = new Headers(init?.headers).get("x-medusa-locale")?.startsWith("en")
        const [hammock, ...rest] = productsBody.products
        return json({ products: [{ ...hammock!, title: english ? "Cotton hammock" : hammock!.title }, ...rest] })
      },
    })
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    render(
      <QueryClientProvider client={queryClient}>
        <LanguageProvider>
          <PortalFrame>
            <InventoryPanel />
          </PortalFrame>
        </LanguageProvider>
      </QueryClientProvider>
    )
    // jsdom's browser speaks English; the portal still opens in Spanish and asks for Spanish titles.
    expect(await screen.findByRole("heading", { name: "Hamaca de algodón" })).toBeTruthy()
    expect(requestsTo(fetchMock, "/coordinator/products").map((request) => request.headers.get("x-medusa-locale"))).toEqual(["es-SV"])

    fireEvent.change(screen.getByLabelText("Idioma"), { target: { value: "en" } })
    expect(await screen.findByRole("heading", { name: "Cotton hammock" })).toBeTruthy()
    expect(requestsTo(fetchMock, "/coordinator/products").map((request) => request.headers.get("x-medusa-locale"))).toEqual(["es-SV", "en-US"])
  })
})
