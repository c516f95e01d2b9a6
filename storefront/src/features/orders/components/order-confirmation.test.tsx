import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, within } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { arcoiris, florDeCopinol, medusaError, orderPaymentBody, revenueSplitBody, storeOrder, transferDue } from "@/testing/cart-fixtures"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { OrderConfirmation } from "./order-confirmation"

function renderConfirmation({ language = "en", locale = "en-US" }: { language?: Language; locale?: string } = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <OrderConfirmation orderId="order_1" locale={locale} pollIntervalMs={5} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const splitTable = () => screen.getByRole("table", { name: "Where your money goes" })

describe("OrderConfirmation", () => {
  it("gives a Spanish buyer paying by transfer the exact amount, the reference, the deadline and the bank details", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: storeOrder() }),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(true)),
      "/store/orders/order_1/payment": () =>
        json({
          payment: {
            provider_id: "pp_system_default",
            captured: false,
            transfer: transferDue({
              amount_due: 4550,
              currency_code: "eur",
              instructions: { ...transferDue().instructions, iban: "DE89 3704 0044 0532 0130 00", account_number: null, aba_routing: null },
            }),
          },
        }),
    })
    renderConfirmation({ language: "es", locale: "es-ES" })
    const details = await screen.findByRole("region", { name: "Datos bancarios para su transferencia" })
    const fact = (term: string) => within(details).getByText(term).nextElementSibling?.textContent
    expect(fact("Monto a transferir")).toBe("45,50\u00a0€")
    expect(fact("Referencia que debe indicar")).toBe("CIS-1024")
    expect(fact("Fecha límite de pago")).toBe("15 de marzo de 2026")
    expect(fact("IBAN")).toBe("DE89 3704 0044 0532 0130 00")
    expect(within(details).getByText(/Transfiera exactamente 45,50\s€ e indique CIS-1024/)).toBeTruthy()
    expect(within(details).queryByText("Número de ruta ABA")).toBeNull()
  })


  it("shows the order number, its crafts and totals, and the ledger's split formatted from minor units", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: storeOrder() }),
      "/store/orders/order_1/revenue-split": () =>
        json({
          split: {
            currency_code: "usd",
            recorded: true,
            paid: true,
            cooperatives: [
              { ...florDeCopinol, amount: 2160, pending: 0 },
              { ...arcoiris, amount: 5, pending: 0 },
            ],
            community_fund: 360,
            cis_operations: 1075,
          },
        }),
    })
    renderConfirmation()

    expect(await screen.findByRole("heading", { name: "Thank you! Your order is placed." })).toBeTruthy()
    expect(screen.getByText("#1024")).toBeTruthy()
    expect(screen.getByText(/quote order number #1024/)).toBeTruthy()
    expect(screen.getByText("Clay dove of peace")).toBeTruthy()
    expect(screen.getByText("Quantity: 2")).toBeTruthy()
    const totals = screen.getByRole("table", { name: "Order total" })
    expect(within(totals).getByRole("row", { name: /Shipping/ }).textContent).toContain("$15.00")
    expect(within(totals).getByRole("row", { name: /Total/ }).textContent).toContain("$51.00")

    await screen.findByRole("table", { name: "Where your money goes" })
    const rows = within(splitTable()).getAllByRole("row").map((row) => [...row.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ["Goes to", "Amount"],
      ["Cooperativa Flor de Copinol", "$21.60"],
      ["Cooperativa Arcoíris", "$0.05"],
      ["Community development fund", "$3.60"],
      ["CIS operations", "$10.75"],
      ["Total", "$36.00"],
    ])
    expect(within(splitTable()).getByRole("link", { name: "Cooperativa Arcoíris" }).getAttribute("href")).toBe("/cooperatives/arcoiris")
    // Paid: nothing is said to be waiting.
    expect(screen.queryByRole("note")).toBeNull()
    expect(requestsTo(fetchMock, "/store/orders/order_1")[0]?.url.searchParams.get("fields")).toContain("display_id")
  })

  it("thanks a card buyer for the payment instead of asking for a transfer", async () => {
    let captured = true
    const order = () => ({
      ...storeOrder(),
      payment_status: captured ? "captured" : "authorized",
    })
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: order() }),
      "/store/orders/order_1/payment": () => json(orderPaymentBody("pp_stripe_stripe", captured)),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(true)),
    })
    const view = renderConfirmation()
    expect(await screen.findByRole("heading", { name: "Payment by card" })).toBeTruthy()
    expect(screen.getByText("Your card payment was received. We will start preparing your crafts.")).toBeTruthy()
    expect(screen.queryByText(/quote order number/)).toBeNull()
    // The order is read without its payments (the store refuses them); how it was paid comes from the summary.
    expect(requestsTo(fetchMock, "/store/orders/order_1")[0]?.url.searchParams.get("fields")).not.toContain("payment_collections")
    expect(requestsTo(fetchMock, "/store/orders/order_1/payment")).toHaveLength(1)

    // Staff may set cards to be charged later (STRIPE_CAPTURE=manual): authorized, not yet taken.
    captured = false
    view.unmount()
    renderConfirmation({ language: "es" })
    expect(await screen.findByRole("heading", { name: "Pago con tarjeta" })).toBeTruthy()
    expect(screen.getByText(/El pago con su tarjeta está autorizado/)).toBeTruthy()
  })

  it("formats the split in the order's currency and the buyer's language", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: storeOrder({ currency_code: "eur" }) }),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(true, "eur")),
    })
    renderConfirmation({ language: "es", locale: "es-ES" })
    const table = await screen.findByRole("table", { name: "Adónde va su dinero" })
    const cells = within(table).getAllByRole("cell").map((cell) => cell.textContent?.replace(/\s/g, " "))
    expect(cells).toEqual(["21,60 €", "3,60 €", "10,80 €", "36,00 €"])
  })

  it("says the shares wait for a bank transfer not received yet, in the buyer's language", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: storeOrder({ currency_code: "eur" }) }),
      "/store/orders/order_1/payment": () => json(orderPaymentBody("pp_system_default", false)),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(true, "eur", 2160)),
    })
    renderConfirmation({ language: "es", locale: "es-ES" })
    const table = await screen.findByRole("table", { name: "Adónde va su dinero" })
    expect((await screen.findByRole("note")).textContent).toBe(
      "Todavía no hemos recibido su pago (una transferencia bancaria tarda unos días). Estas partes lo están esperando: llegan a las cooperativas cuando se recibe."
    )
    // Every share waits, which the note says once: the rows keep their amounts as they will be.
    const cells = within(table).getAllByRole("cell").map((cell) => cell.textContent?.replace(/\s/g, " "))
    expect(cells).toEqual(["21,60 €", "3,60 €", "10,80 €", "36,00 €"])
  })

  it("names the part of a share still waiting when a card payment is only partly taken", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: { ...storeOrder(), payment_status: "partially_captured" } }),
      "/store/orders/order_1/payment": () => json(orderPaymentBody("pp_stripe_stripe", true)),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(true, "usd", 1080)),
    })
    renderConfirmation()
    await screen.findByRole("table", { name: "Where your money goes" })
    expect((await screen.findByRole("note")).textContent).toMatch(/^Your card payment is authorized but not taken in full yet\./)
    const cooperative = within(splitTable()).getByRole("row", { name: /Cooperativa Flor de Copinol/ })
    expect(cooperative.textContent?.replace(/\s/g, " ")).toBe("Cooperativa Flor de Copinol$21.60$10.80 awaiting your payment")
  })

  it("waits while the split is being recorded, asking again, then shows it", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: storeOrder() }),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(++calls >= 3)),
    })
    renderConfirmation()
    expect(await screen.findByText("Recording where your money goes…")).toBeTruthy()
    expect(await screen.findByRole("table", { name: "Where your money goes" })).toBeTruthy()
    expect(calls).toBe(3)
  })

  it("stops asking after a few tries and says gently that the split is still being recorded", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => json({ order: storeOrder() }),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(++calls > 100)),
    })
    renderConfirmation()
    expect(await screen.findByText(/still being recorded/)).toBeTruthy()
    const asked = calls
    expect(asked).toBe(6)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(calls).toBe(asked)

    fireEvent.click(screen.getByRole("button", { name: "Check again" }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(calls).toBe(asked + 1)
  })

  it("says when there is no such order, with a way to look it up", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => medusaError(404, "Order with id: order_1 was not found", "not_found"),
    })
    renderConfirmation()
    expect(await screen.findByRole("heading", { name: "We couldn't find this order." })).toBeTruthy()
    expect(screen.getByRole("link", { name: "Find my order" }).getAttribute("href")).toBe("/order")
  })

  it("shows a failed load with a Retry that loads the order again", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders/order_1": () => (++calls === 1 ? medusaError(500, "An unknown error occurred.", "unknown_error") : json({ order: storeOrder() })),
      "/store/orders/order_1/revenue-split": () => json(revenueSplitBody(true)),
    })
    renderConfirmation()
    expect((await screen.findByRole("alert")).textContent).toContain("We couldn't load your order.")
    fireEvent.click(screen.getByRole("button", { name: "Retry" }))
    expect(await screen.findByText("#1024")).toBeTruthy()
  })
})
