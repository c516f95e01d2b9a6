import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { lookedUpOrder, medusaError, sentTo } from "@/testing/cart-fixtures"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { OrderLookup } from "./order-lookup"

function renderLookup(language: Language = "en") {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <OrderLookup locale={language === "es" ? "es-SV" : "en-US"} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
}

function lookUp(email: string, number: string) {
  fireEvent.change(screen.getByLabelText("Email"), { target: { value: email } })
  fireEvent.change(screen.getByLabelText("Order number"), { target: { value: number } })
  fireEvent.click(screen.getByRole("button", { name: "Find my order" }))
}

describe("OrderLookup", () => {
  it("says no order matches, without telling which part was wrong", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/order-lookup": () => medusaError(404, "No order matches that email and number", "not_found"),
    })
    renderLookup()
    lookUp(" ana@example.org ", "#1024")
    expect((await screen.findByRole("alert")).textContent).toBe("No order matches that email and number. Please check both and try again.")
    expect(sentTo(fetchMock, "/store/order-lookup")).toEqual([{ method: "POST", body: { email: "ana@example.org", display_id: 1024 } }])
  })

  it("asks for a real email and a number before asking the store", () => {
    const fetchMock = stubFetch({})
    renderLookup()
    lookUp("ana", "10a")
    expect(screen.getByText("Please enter an email address such as name@example.org.")).toBeTruthy()
    expect(screen.getByText("Please enter the order number in digits, for example 1024.")).toBeTruthy()
    expect(document.activeElement).toBe(screen.getByLabelText("Email"))
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("asks the buyer to wait after too many tries", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/order-lookup": () => json({ type: "too_many_requests", message: "Too many lookups; try again in 15 minutes.", retry_after: 900 }, 429),
    })
    renderLookup()
    lookUp("ana@example.org", "1024")
    expect((await screen.findByRole("alert")).textContent).toContain("Too many tries")
  })

  it("shows the order's summary and, while the transfer is awaited, the bank details with the exact amount, from the lookup's own answer with no link by the order's id", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/order-lookup": () => json(lookedUpOrder()),
    })
    renderLookup()
    lookUp("ana@example.org", "1024")
    const result = await screen.findByRole("article", { name: "Order #1024" })
    expect(document.activeElement).toBe(within(result).getByRole("heading", { name: "Order #1024" }))
    expect(await within(result).findByText("Awaiting your transfer")).toBeTruthy()
    // Nothing is prepared before the money arrives.
    expect(within(result).queryByText("Being prepared")).toBeNull()
    expect(within(result).getByText("Not started: waiting for your payment")).toBeTruthy()
    const details = within(result).getByRole("region", { name: "Bank details for your transfer" })
    const fact = (term: string) => within(details).getByText(term).nextElementSibling?.textContent
    expect(fact("Amount to send")).toBe("$51.00")
    expect(fact("Reference to quote")).toBe("CIS-1024")
    expect(fact("ABA routing number")).toBe("011000015")
    expect(fact("Please pay by")).toBe("March 15, 2026")
    expect(within(details).queryByText("IBAN")).toBeNull()
    expect(within(result).getAllByText("$51.00")).toHaveLength(2) // the total, and the amount to send
    expect(within(result).getByText("Clay dove of peace")).toBeTruthy()
    expect(within(result).queryByRole("link")).toBeNull()
    expect(fetchMock.mock.calls.map(([url]) => String(url)).filter((url) => url.includes("/store/orders"))).toEqual([])
  })

  it("tells a Spanish buyer in Spanish how payment and delivery stand, beside the titles the order kept", async () => {
    const { order } = lookedUpOrder()
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/order-lookup": () =>
        json({
          order: {
            ...order,
            payment_status: "captured",
            payment: { provider_id: "pp_system_default", captured: true },
            items: [{ ...order.items[0], title: "Paloma de la paz en barro", variant_title: "Azul" }],
          },
        }),
    })
    renderLookup("es")
    fireEvent.change(screen.getByLabelText("Correo electrónico"), { target: { value: "ana@example.org" } })
    fireEvent.change(screen.getByLabelText("Número de pedido"), { target: { value: "1024" } })
    fireEvent.click(screen.getByRole("button", { name: "Buscar mi pedido" }))
    const result = await screen.findByRole("article", { name: "Pedido #1024" })
    const fact = (term: string) => within(result).getByText(term).nextElementSibling?.textContent
    expect(fact("Pago")).toBe("Recibido")
    expect(fact("Entrega")).toBe("En preparación")
    expect(within(result).getByText("Paloma de la paz en barro")).toBeTruthy()
  })

  it("never tells a card buyer to send a transfer: the payment's words follow how it was made", async () => {
    let captured = false
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/order-lookup": () => {
        const { order } = lookedUpOrder("pp_stripe_stripe", captured)
        return json({ order: { ...order, payment_status: captured ? "captured" : "authorized" } })
      },
    })
    renderLookup()
    lookUp("ana@example.org", "1024")
    let result = await screen.findByRole("article", { name: "Order #1024" })
    const fact = (term: string) => within(result).getByText(term).nextElementSibling?.textContent
    await waitFor(() => expect(fact("Payment")).toBe("Card payment authorized"))
    expect(screen.queryByText("Awaiting your transfer")).toBeNull()
    // The lookup's answer says how it was paid: no second read, and nothing by the order's id.
    expect(requestsTo(fetchMock, "/store/order-lookup")).toHaveLength(1)

    captured = true
    cleanup()
    renderLookup("es")
    fireEvent.change(screen.getByLabelText("Correo electrónico"), { target: { value: "ana@example.org" } })
    fireEvent.change(screen.getByLabelText("Número de pedido"), { target: { value: "1024" } })
    fireEvent.click(screen.getByRole("button", { name: "Buscar mi pedido" }))
    result = await screen.findByRole("article", { name: "Pedido #1024" })
    await waitFor(() => expect(fact("Pago")).toBe("Pagado con tarjeta"))
  })
})
