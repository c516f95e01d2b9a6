import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { afterAll, afterEach, describe, expect, it, vi } from "vitest"
import { LanguageProvider } from "@/lib/i18n"
import { json, stubFetch } from "@/testing/fake-backend"
import {
  cartItem,
  fakeCartStore,
  florDeCopinol,
  medusaError,
  OUT_OF_STOCK_MESSAGE,
  SOLD_OUT_IN_RACE_MESSAGE,
  sentTo,
  shippingOption,
  storeOrder,
  type FakeCartStoreOptions,
} from "@/testing/cart-fixtures"
import { DRAFT_KEY, EMPTY_DRAFT } from "../utils/checkout-draft"
import { CheckoutPage, type CheckoutRegion } from "./checkout-page"

// Stripe's packages record whether anything imported them: a store or region without cards
// must never load the card chunk (nor, in the browser, Stripe.js from js.stripe.com).
const stripeImports = vi.hoisted(() => [] as string[])
vi.mock("@stripe/stripe-js", () => {
  stripeImports.push("@stripe/stripe-js")
  return { loadStripe: () => Promise.resolve(null) }
})
vi.mock("@stripe/react-stripe-js", () => {
  stripeImports.push("@stripe/react-stripe-js")
  return {}
})
afterAll(() => expect(stripeImports).toEqual([]))

const europe: CheckoutRegion = {
  id: "reg_eu",
  countries: [
    { iso_2: "de", display_name: "Germany" },
    { iso_2: "fr", display_name: "France" },
  ],
}

const dove = { productId: "prod_dove", title: "Clay dove of peace", prices: { eur: 16.5 }, cooperative: florDeCopinol }

function store(options: Partial<FakeCartStoreOptions> = {}) {
  return fakeCartStore({
    catalog: [dove],
    carts: [
      {
        id: "cart_1",
        region_id: "reg_eu",
        currency_code: "eur",
        items: [cartItem({ id: "item_1", productId: "prod_dove", title: "Clay dove of peace", unitPrice: 16.5, quantity: 2, taxInclusive: true })],
        tax: 5.27,
      },
    ],
    shippingOptions: [shippingOption("so_standard", "Standard parcel", 14), shippingOption("so_express", "Express", 32)],
    ...options,
  })
}

function renderCheckout(onOrderPlaced = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial="en">
        <MemoryRouter>
          <CheckoutPage cartId="cart_1" region={europe} locale="en-IE" onOrderPlaced={onOrderPlaced} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
  return { ...view, onOrderPlaced }
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label)

function fillAddress() {
  fireEvent.change(field("Email"), { target: { value: "ana@example.org" } })
  fireEvent.change(field("First name"), { target: { value: "Ana" } })
  fireEvent.change(field("Last name"), { target: { value: "Martínez" } })
  fireEvent.change(field("Street address"), { target: { value: "Torstraße 1" } })
  fireEvent.change(field("City"), { target: { value: "Berlin" } })
  fireEvent.change(field("Postal code"), { target: { value: "10115" } })
  fireEvent.change(field("Country"), { target: { value: "de" } })
}

async function reachPlaceOrder() {
  fillAddress()
  fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))
  fireEvent.click(await screen.findByRole("radio", { name: /Standard parcel/ }))
  const place = screen.getByRole<HTMLButtonElement>("button", { name: "Place order" })
  await waitFor(() => expect(place.disabled).toBe(false))
  return place
}

afterEach(() => window.sessionStorage.clear())

describe("CheckoutPage", () => {
  it("checks the address before sending it, field by field, and offers only the region's countries", async () => {
    const fetchMock = stubFetch(store().routes)
    renderCheckout()
    await screen.findByLabelText("Email")

    const country = field("Country")
    expect(within(country).getAllByRole("option").map((option) => option.textContent)).toEqual(["Choose a country", "France", "Germany"])

    fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))
    expect(screen.getByRole("alert").textContent).toBe("Please correct the fields marked below.")
    expect(document.activeElement).toBe(field("Email"))
    for (const label of ["Email", "First name", "Last name", "Street address", "City", "Postal code", "Country"]) {
      expect(field(label).getAttribute("aria-invalid"), label).toBe("true")
    }
    expect(field("Phone (optional)").getAttribute("aria-invalid")).toBeNull()
    expect(field("Postal code").getAttribute("aria-describedby")).toBeTruthy()

    fillAddress()
    fireEvent.change(field("Email"), { target: { value: "ana@example" } })
    fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))
    expect(screen.getByText("Please enter an email address such as name@example.org.")).toBeTruthy()
    expect(field("Postal code").getAttribute("aria-invalid")).toBeNull()
    expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")).toEqual([])
  })

  it("drops the country, state and postal code of another region's address, so a US address never sits under Europe", async () => {
    window.sessionStorage.setItem(
      DRAFT_KEY,
      JSON.stringify({ ...EMPTY_DRAFT, email: "ana@example.org", first_name: "Ana", last_name: "Martínez", address_1: "1 Market St", city: "San Francisco", province: "CA", postal_code: "94110", country_code: "us" })
    )
    stubFetch(store().routes)
    renderCheckout()
    await screen.findByLabelText("Email")
    expect(field("Country").value).toBe("")
    expect(field("Postal code").value).toBe("")
    expect(field("State, province or department (optional)").value).toBe("")
    expect(field("Street address").value).toBe("1 Market St")
  })

  it("saves the address, lists delivery options with prices, and takes the chosen one", async () => {
    const fetchMock = stubFetch(store().routes)
    renderCheckout()
    await screen.findByLabelText("Email")
    fillAddress()
    fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))

    const standard = await screen.findByRole("radio", { name: /Standard parcel/ })
    expect(standard.closest("label")?.textContent).toContain("€14.00")
    const [update] = sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")
    expect(update?.body).toMatchObject({
      email: "ana@example.org",
      shipping_address: { first_name: "Ana", postal_code: "10115", country_code: "de", address_2: null },
      billing_address: { city: "Berlin" },
    })
    expect(screen.getByText("Torstraße 1")).toBeTruthy()

    fireEvent.click(standard)
    await waitFor(() => expect(within(screen.getByRole("table", { name: "Order total" })).getByRole("row", { name: /Shipping/ }).textContent).toContain("€14.00"))
    expect(sentTo(fetchMock, "/store/carts/cart_1/shipping-methods")).toEqual([{ method: "POST", body: { option_id: "so_standard" } }])
    expect(screen.getByText("Pay by bank transfer: we ship once your payment is received")).toBeTruthy()
    // Prices include VAT in Europe: the tax is a note, not a row to add.
    expect(screen.getByText("Includes €5.27 tax")).toBeTruthy()
  })

  it("keeps everything typed after a failed completion, and in session storage for a reload", async () => {
    let attempts = 0
    const fetchMock = stubFetch(
      store({
        complete: () =>
          ++attempts === 1
            ? medusaError(400, OUT_OF_STOCK_MESSAGE, "not_allowed")
            : json({ type: "order", order: storeOrder({ id: "order_77", currency_code: "eur" }) }),
      }).routes
    )
    const { onOrderPlaced, unmount } = renderCheckout()
    await screen.findByLabelText("Email")
    const place = await reachPlaceOrder()

    fireEvent.click(place)
    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("have just sold out or are short")
    expect(within(alert).getByRole("link", { name: "Back to the cart" }).getAttribute("href")).toBe("/cart")
    expect(onOrderPlaced).not.toHaveBeenCalled()
    // The payment session is made right before completing, after the last change to the cart.
    const posts = fetchMock.mock.calls.flatMap(([input, init]) => (init?.method === "POST" ? [new URL(String(input)).pathname] : []))
    expect(posts.slice(-4)).toEqual([
      "/store/carts/cart_1/shipping-methods",
      "/store/payment-collections",
      "/store/payment-collections/paycol_1/payment-sessions",
      "/store/carts/cart_1/complete",
    ])

    fireEvent.click(screen.getByRole("button", { name: "Change the contact and delivery address" }))
    expect(field("Email").value).toBe("ana@example.org")
    expect(field("Street address").value).toBe("Torstraße 1")
    expect(JSON.parse(window.sessionStorage.getItem(DRAFT_KEY) ?? "{}")).toMatchObject({ email: "ana@example.org", postal_code: "10115" })

    // A reload (a new mount) starts from the draft, not from an empty form.
    fireEvent.change(field("Phone (optional)"), { target: { value: "+49 30 1234" } })
    unmount()
    renderCheckout()
    fireEvent.click(await screen.findByRole("button", { name: "Change the contact and delivery address" }))
    expect(field("Phone (optional)").value).toBe("+49 30 1234")
    expect(field("Email").value).toBe("ana@example.org")
  })

  it("says the payment was refused when Medusa keeps the cart, and lets the buyer try again", async () => {
    let attempts = 0
    stubFetch(
      store({
        complete: (cart) =>
          ++attempts === 1
            ? json({ type: "cart", cart: { id: cart.id }, error: { message: "Payment authorization failed", name: "Error", type: "payment_authorization_error" } })
            : json({ type: "order", order: storeOrder({ id: "order_77", currency_code: "eur" }) }),
      }).routes
    )
    const { onOrderPlaced } = renderCheckout()
    await screen.findByLabelText("Email")
    const place = await reachPlaceOrder()

    fireEvent.click(place)
    expect((await screen.findByRole("alert")).textContent).toContain("The payment was not accepted.")
    expect(window.sessionStorage.getItem(DRAFT_KEY)).not.toBeNull()

    fireEvent.click(screen.getByRole("button", { name: "Place order" }))
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_77"))
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull()
    expect(screen.getByRole("status").textContent).toBe("Your order is placed. Opening its confirmation…")
  })

  it("asks again with the same cart when the store answers 409, and the buyer only sees the order", async () => {
    let attempts = 0
    const fetchMock = stubFetch(
      store({
        complete: () =>
          ++attempts === 1
            ? medusaError(409, "The request conflicted with another request. You may retry the request with the provided Idempotency-Key.", "conflict")
            : json({ type: "order", order: storeOrder({ id: "order_78", currency_code: "eur" }) }),
      }).routes
    )
    const { onOrderPlaced } = renderCheckout()
    await screen.findByLabelText("Email")
    const place = await reachPlaceOrder()

    fireEvent.click(place)
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_78"), { timeout: 4000 })
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(2)
    // One payment session: the retry completes the same cart, it does not pay again.
    expect(sentTo(fetchMock, "/store/payment-collections")).toHaveLength(1)
    expect(screen.queryByRole("alert")).toBeNull()
  })

  it("says the craft sold out when another buyer's order took the last unit while this one completed", async () => {
    stubFetch(store({ complete: () => medusaError(400, SOLD_OUT_IN_RACE_MESSAGE, "not_allowed") }).routes)
    const { onOrderPlaced } = renderCheckout()
    await screen.findByLabelText("Email")
    fireEvent.click(await reachPlaceOrder())
    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("have just sold out or are short")
    expect(onOrderPlaced).not.toHaveBeenCalled()
  })

  it("places one order however often the button is pressed", async () => {
    let release: (response: Response) => void = () => undefined
    const fetchMock = stubFetch(store({ complete: () => new Promise<Response>((resolve) => (release = resolve)) }).routes)
    const { onOrderPlaced } = renderCheckout()
    await screen.findByLabelText("Email")
    const place = await reachPlaceOrder()

    // Two clicks in the same instant, before React re-renders the button disabled.
    act(() => {
      place.click()
      place.click()
    })
    await waitFor(() => expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(1))
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Placing your order…" }).disabled).toBe(true)
    fireEvent.click(screen.getByRole("button", { name: "Placing your order…" }))

    await act(async () => release(json({ type: "order", order: storeOrder({ id: "order_77" }) })))
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledTimes(1))
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(1)
    expect(sentTo(fetchMock, "/store/payment-collections")).toHaveLength(1)
  })

  it("offers the bank transfer alone when the store has no Stripe key, even in a region that takes cards", async () => {
    const fetchMock = stubFetch(store({ paymentProviders: ["pp_system_default", "pp_stripe_stripe"], stripePublishableKey: null }).routes)
    const { onOrderPlaced } = renderCheckout()
    await screen.findByLabelText("Email")
    const place = await reachPlaceOrder()
    expect(screen.getAllByRole("radio", { name: /Pay by/ }).map((radio) => radio.getAttribute("value"))).toEqual(["bank-transfer"])
    expect(screen.getByText("After you place the order, you get our bank details, the exact amount and the reference to quote, here and by email.")).toBeTruthy()
    fireEvent.click(place)
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_1"))
    expect(sentTo(fetchMock, "/store/payment-collections/paycol_1/payment-sessions").map((request) => request.body.provider_id)).toEqual(["pp_system_default"])
    expect(stripeImports).toEqual([])
  })

  it("without bank details for the cart's currency, says so and offers no way to place the order", async () => {
    const fetchMock = stubFetch(store({ transferCurrencies: ["usd"] }).routes)
    renderCheckout()
    await screen.findByLabelText("Email")
    fillAddress()
    fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))
    fireEvent.click(await screen.findByRole("radio", { name: /Standard parcel/ }))
    const reason = await screen.findByRole("alert")
    expect(reason.textContent).toBe(
      "Payments in EUR cannot be taken yet: the store has no bank account for this currency and no card payments. Please choose another region, or write to us."
    )
    const transfer = screen.getByRole<HTMLInputElement>("radio", { name: /Pay by bank transfer/ })
    expect([transfer.disabled, transfer.checked]).toEqual([true, false])
    expect(transfer.getAttribute("aria-describedby")).toBe(reason.id)
    expect(screen.getByRole<HTMLButtonElement>("button", { name: "Place order" }).disabled).toBe(true)
    expect(sentTo(fetchMock, "/store/payment-collections")).toHaveLength(0)
  })

  it("has nothing to check out when the cart already became an order", async () => {
    stubFetch(store({ carts: [{ id: "cart_1", region_id: "reg_eu", currency_code: "eur", items: [], completed_at: "2026-01-01T00:00:00Z" }] }).routes)
    renderCheckout()
    expect(await screen.findByText("There is nothing to check out.")).toBeTruthy()
  })
})
