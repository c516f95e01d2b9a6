import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { StrictMode, type ReactNode } from "react"
import { MemoryRouter } from "react-router-dom"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { LanguageProvider } from "@/lib/i18n"
import { json, stubFetch } from "@/testing/fake-backend"
import { cartItem, fakeCartStore, florDeCopinol, medusaError, OUT_OF_STOCK_MESSAGE, sentTo, shippingOption, storeOrder, type FakeCartStoreOptions } from "@/testing/cart-fixtures"
import { DRAFT_KEY } from "../utils/checkout-draft"
import { CheckoutPage, type CheckoutRegion } from "./checkout-page"
import { CheckoutReturn } from "./checkout-return"

/**
 * Stripe.js cannot load here (it comes from js.stripe.com), so its two
 * packages are replaced at the module boundary: loadStripe hands back a
 * Stripe whose confirmPayment each test scripts, and the Payment Element is a
 * placeholder that reports ready. Everything on Medusa's side goes through
 * the fake store's HTTP routes, as in the browser.
 */
const stripe = vi.hoisted(() => ({
  loadedWith: [] as string[],
  /** The client secret each Elements was created with, in order. */
  elementsFor: [] as string[],
  confirmPayment: (() => Promise.resolve({})) as (options: unknown) => Promise<unknown>,
  confirmCalls: [] as { clientSecret: string; options: Record<string, unknown> }[],
}))

vi.mock("@stripe/stripe-js", () => ({
  loadStripe: (key: string) => {
    stripe.loadedWith.push(key)
    const confirmPayment = (options: Record<string, unknown>) => {
      const elements = options.elements as { clientSecret: string }
      stripe.confirmCalls.push({ clientSecret: elements.clientSecret, options })
      return stripe.confirmPayment(options)
    }
    return Promise.resolve({ confirmPayment })
  },
}))

vi.mock("@stripe/react-stripe-js", async () => {
  const React = await import("react")
  const Context = React.createContext<{ stripe: unknown; elements: unknown } | null>(null)
  function Elements({ stripe: promise, options, children }: { stripe: Promise<unknown>; options: { clientSecret: string }; children: ReactNode }) {
    const [loaded, setLoaded] = React.useState<unknown>(null)
    React.useEffect(() => {
      stripe.elementsFor.push(options.clientSecret)
      void promise.then(setLoaded)
    }, [promise, options.clientSecret])
    const value = React.useMemo(() => (loaded ? { stripe: loaded, elements: { clientSecret: options.clientSecret } } : null), [loaded, options.clientSecret])
    return React.createElement(Context.Provider, { value }, children)
  }
  function PaymentElement({ onReady }: { onReady?: () => void }) {
    const ready = React.useContext(Context) !== null
    React.useEffect(() => {
      if (ready) onReady?.()
    }, [ready, onReady])
    return React.createElement("div", { "data-testid": "payment-element" }, "Card number")
  }
  return {
    Elements,
    PaymentElement,
    useStripe: () => React.useContext(Context)?.stripe ?? null,
    useElements: () => React.useContext(Context)?.elements ?? null,
  }
})

const europe: CheckoutRegion = { id: "reg_eu", countries: [{ iso_2: "de", display_name: "Germany" }] }
const dove = { productId: "prod_dove", title: "Clay dove of peace", prices: { eur: 16.5 }, cooperative: florDeCopinol }
const CARD = "pp_stripe_stripe"
const BANK = "pp_system_default"

function store(options: Partial<FakeCartStoreOptions> = {}) {
  return fakeCartStore({
    catalog: [dove],
    carts: [
      {
        id: "cart_1",
        region_id: "reg_eu",
        currency_code: "eur",
        items: [cartItem({ id: "item_1", productId: "prod_dove", title: "Clay dove of peace", unitPrice: 16.5, quantity: 2, taxInclusive: true })],
      },
    ],
    shippingOptions: [shippingOption("so_standard", "Standard parcel", 14)],
    paymentProviders: [BANK, CARD],
    stripePublishableKey: "pk_test_stripe_cis",
    ...options,
  })
}

function withProviders(children: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  return (
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial="en">{children}</LanguageProvider>
    </QueryClientProvider>
  )
}

function renderCheckout(onOrderPlaced = vi.fn()) {
  render(withProviders(<MemoryRouter><CheckoutPage cartId="cart_1" region={europe} locale="en-IE" onOrderPlaced={onOrderPlaced} /></MemoryRouter>))
  return { onOrderPlaced }
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement>(label)
const cardChoice = () => screen.queryByRole<HTMLInputElement>("radio", { name: /Pay by card/ })
const bankChoice = () => screen.getByRole<HTMLInputElement>("radio", { name: /Pay by bank transfer/ })
const placeButton = () => screen.getByRole<HTMLButtonElement>("button", { name: "Place order" })

async function reachPayment() {
  await screen.findByLabelText("Email")
  fireEvent.change(field("Email"), { target: { value: "ana@example.org" } })
  fireEvent.change(field("First name"), { target: { value: "Ana" } })
  fireEvent.change(field("Last name"), { target: { value: "Martínez" } })
  fireEvent.change(field("Street address"), { target: { value: "Torstraße 1" } })
  fireEvent.change(field("City"), { target: { value: "Berlin" } })
  fireEvent.change(field("Postal code"), { target: { value: "10115" } })
  fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))
  fireEvent.click(await screen.findByRole("radio", { name: /Standard parcel/ }))
}

/** Address and delivery done, the card form shown and ready: Place order can be pressed. */
async function reachCardPayment() {
  await reachPayment()
  await screen.findByTestId("payment-element")
  await waitFor(() => expect(placeButton().disabled).toBe(false))
  return placeButton()
}

const sessionsMade = (fetchMock: ReturnType<typeof stubFetch>) =>
  sentTo(fetchMock, "/store/payment-collections/paycol_1/payment-sessions").map((request) => request.body.provider_id)
const declined = { error: { type: "card_error", code: "card_declined", message: "Your card was declined." } }
const succeeded = (id = "pi_1") => ({ paymentIntent: { id, status: "succeeded" } })

beforeEach(() => {
  stripe.loadedWith = []
  stripe.elementsFor = []
  stripe.confirmCalls = []
  stripe.confirmPayment = () => Promise.resolve(succeeded())
})
afterEach(() => window.sessionStorage.clear())

describe("Checkout by card", () => {
  it("offers the card only where the region takes it: elsewhere the bank transfer stands alone and Stripe never loads", async () => {
    const fetchMock = stubFetch(store({ paymentProviders: [BANK] }).routes)
    const { onOrderPlaced } = renderCheckout()
    await reachPayment()
    await waitFor(() => expect(placeButton().disabled).toBe(false))
    expect(cardChoice()).toBeNull()
    expect(bankChoice().checked).toBe(true)
    expect(sentTo(fetchMock, "/store/payment-providers")).toHaveLength(1)
    fireEvent.click(placeButton())
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledTimes(1))
    expect(sessionsMade(fetchMock)).toEqual([BANK])
    expect(stripe.loadedWith).toEqual([])
  })

  it("lists the card first and chosen, makes the intent once the amount is final, confirms it, then completes the cart once", async () => {
    const fetchMock = stubFetch(store().routes)
    const { onOrderPlaced } = renderCheckout()
    await screen.findByLabelText("Email")
    // The choice is there from the start, but no intent exists before the address and delivery.
    // Only once both the region's providers and Stripe's key are known, so the choices do not jump.
    expect(screen.getByText("Loading the payment options…")).toBeTruthy()
    await screen.findByRole("radio", { name: /Pay by card/ })
    const choices = screen.getAllByRole<HTMLInputElement>("radio", { name: /Pay by/ })
    expect(choices.map((choice) => choice.value)).toEqual(["card", "bank-transfer"])
    expect(choices[0]?.checked).toBe(true)
    expect(screen.getByText(/the card form opens for the final amount/)).toBeTruthy()
    expect(sessionsMade(fetchMock)).toEqual([])

    const place = await reachCardPayment()
    expect(stripe.loadedWith).toEqual(["pk_test_stripe_cis"])
    expect(stripe.elementsFor).toEqual(["pi_1_secret_test"])
    fireEvent.click(place)

    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_1"))
    expect(stripe.confirmCalls).toHaveLength(1)
    expect(stripe.confirmCalls[0]?.options).toMatchObject({
      redirect: "if_required",
      confirmParams: { return_url: `${window.location.origin}/checkout/return` },
    })
    expect(sessionsMade(fetchMock)).toEqual([CARD])
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(1)
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull()
  })

  it("shows a declined card in Stripe's words, completes nothing, and takes another card on the same intent", async () => {
    const answers = [declined, succeeded()]
    stripe.confirmPayment = () => Promise.resolve(answers.shift())
    const fetchMock = stubFetch(store().routes)
    const { onOrderPlaced } = renderCheckout()
    fireEvent.click(await reachCardPayment())

    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("Your card was not accepted.")
    expect(alert.textContent).toContain("Your card was declined.")
    expect(alert.textContent).toContain("try another card, or choose bank transfer")
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toEqual([])
    expect(onOrderPlaced).not.toHaveBeenCalled()

    await waitFor(() => expect(placeButton().disabled).toBe(false))
    fireEvent.click(placeButton())
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_1"))
    // Stripe lets a declined intent be confirmed again with another card: one intent, one session.
    expect(stripe.confirmCalls.map((call) => call.clientSecret)).toEqual(["pi_1_secret_test", "pi_1_secret_test"])
    expect(sessionsMade(fetchMock)).toEqual([CARD])
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(1)
  })

  it("lets the buyer switch to a bank transfer after a decline, keeping what they typed", async () => {
    stripe.confirmPayment = () => Promise.resolve(declined)
    const fetchMock = stubFetch(store().routes)
    const { onOrderPlaced } = renderCheckout()
    fireEvent.click(await reachCardPayment())
    await screen.findByText("Your card was not accepted.")

    fireEvent.click(bankChoice())
    expect(screen.queryByTestId("payment-element")).toBeNull()
    // The card's problem belongs to the card: the bank transfer starts clean.
    expect(screen.queryByText("Your card was not accepted.")).toBeNull()
    expect(screen.getByText("Torstraße 1")).toBeTruthy()
    fireEvent.click(screen.getByRole("button", { name: "Change the contact and delivery address" }))
    expect(field("Email").value).toBe("ana@example.org")
    expect(field("Street address").value).toBe("Torstraße 1")
    fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))

    await waitFor(() => expect(placeButton().disabled).toBe(false))
    fireEvent.click(placeButton())
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_1"))
    // The bank transfer's session replaces the card's (Medusa deletes the older one).
    expect(sessionsMade(fetchMock)).toEqual([CARD, BANK])
    expect(stripe.confirmCalls).toHaveLength(1)
  })

  it("pays and places one order however often the button is pressed", async () => {
    let release: (value: unknown) => void = () => undefined
    stripe.confirmPayment = () => new Promise((resolve) => (release = resolve))
    const fetchMock = stubFetch(store().routes)
    const { onOrderPlaced } = renderCheckout()
    const place = await reachCardPayment()

    act(() => {
      place.click()
      place.click()
    })
    expect((await screen.findByRole<HTMLButtonElement>("button", { name: "Placing your order…" })).disabled).toBe(true)
    fireEvent.click(screen.getByRole("button", { name: "Placing your order…" }))
    await act(async () => release(succeeded()))
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledTimes(1))
    expect(stripe.confirmCalls).toHaveLength(1)
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(1)
  })

  it("after a paid card, a failed completion is retried without paying again, and the method stays card", async () => {
    let completions = 0
    const fetchMock = stubFetch(
      store({
        complete: () => (++completions === 1 ? medusaError(400, "Could not complete the cart", "invalid_data") : json({ type: "order", order: storeOrder({ id: "order_9" }) })),
      }).routes
    )
    const { onOrderPlaced } = renderCheckout()
    fireEvent.click(await reachCardPayment())

    expect((await screen.findByRole("alert")).textContent).toContain("your card will not be charged twice")
    expect(bankChoice().disabled).toBe(true)
    expect(screen.getByText(/can no longer change/)).toBeTruthy()
    // Nor can the amount: a new address or delivery price would need a new payment.
    expect(screen.queryByRole("button", { name: "Change the contact and delivery address" })).toBeNull()
    expect(screen.getByRole<HTMLInputElement>("radio", { name: /Standard parcel/ }).closest("fieldset")?.disabled).toBe(true)
    fireEvent.click(placeButton())
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_9"))
    expect(stripe.confirmCalls).toHaveLength(1)
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(2)
  })

  it("asks again while Stripe's webhook holds the cart, and takes the order the webhook made", async () => {
    let completions = 0
    const fetchMock = stubFetch(
      store({
        complete: () =>
          ++completions === 1
            ? medusaError(409, "Cart is already being completed by another request", "conflict")
            : json({ type: "order", order: storeOrder({ id: "order_from_webhook" }) }),
      }).routes
    )
    const { onOrderPlaced } = renderCheckout()
    fireEvent.click(await reachCardPayment())
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_from_webhook"), { timeout: 3000 })
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(2)
    expect(stripe.confirmCalls).toHaveLength(1)
  })

  it("when Medusa finds the intent unpaid, says so and starts a new intent for the next try", async () => {
    let completions = 0
    const fetchMock = stubFetch(
      store({
        complete: (cart) =>
          ++completions === 1
            ? json({ type: "cart", cart: { id: cart.id }, error: { message: "Payment authorization failed", name: "Error", type: "payment_authorization_error" } })
            : json({ type: "order", order: storeOrder({ id: "order_2" }) }),
      }).routes
    )
    const { onOrderPlaced } = renderCheckout()
    fireEvent.click(await reachCardPayment())
    expect((await screen.findByRole("alert")).textContent).toContain("The payment was not accepted.")

    await waitFor(() => expect(stripe.elementsFor).toEqual(["pi_1_secret_test", "pi_2_secret_test"]))
    await waitFor(() => expect(placeButton().disabled).toBe(false))
    fireEvent.click(placeButton())
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_2"))
    expect(stripe.confirmCalls.map((call) => call.clientSecret)).toEqual(["pi_1_secret_test", "pi_2_secret_test"])
    expect(sessionsMade(fetchMock)).toEqual([CARD, CARD])
  })

  it("after a bank transfer was tried, going back to the card starts a new intent (Medusa dropped the old one)", async () => {
    stripe.confirmPayment = () => Promise.resolve(declined)
    let completions = 0
    const fetchMock = stubFetch(store({ complete: () => (++completions === 1 ? medusaError(400, OUT_OF_STOCK_MESSAGE, "not_allowed") : json({ type: "order", order: storeOrder() })) }).routes)
    renderCheckout()
    fireEvent.click(await reachCardPayment())
    await screen.findByText("Your card was not accepted.")
    fireEvent.click(bankChoice())
    await waitFor(() => expect(placeButton().disabled).toBe(false))
    fireEvent.click(placeButton())
    await screen.findByText(/have just sold out or are short/)

    fireEvent.click(cardChoice()!)
    await waitFor(() => expect(stripe.elementsFor).toEqual(["pi_1_secret_test", "pi_2_secret_test"]))
    expect(sessionsMade(fetchMock)).toEqual([CARD, BANK, CARD])
  })
})

describe("CheckoutReturn", () => {
  function renderReturn(query: string, cartId: string | null = "cart_1") {
    const onOrderPlaced = vi.fn()
    render(
      <StrictMode>
        {withProviders(
          <MemoryRouter initialEntries={[`/checkout/return?${query}`]}>
            <CheckoutReturn cartId={cartId} onOrderPlaced={onOrderPlaced} />
          </MemoryRouter>
        )}
      </StrictMode>
    )
    return { onOrderPlaced }
  }

  it("completes the cart once after the bank's page sent the buyer back", async () => {
    const fetchMock = stubFetch(store().routes)
    window.sessionStorage.setItem(DRAFT_KEY, JSON.stringify({ email: "ana@example.org" }))
    const { onOrderPlaced } = renderReturn("payment_intent=pi_1&payment_intent_client_secret=pi_1_secret_test&redirect_status=succeeded")
    expect(screen.getByRole("status").textContent).toBe("Finishing your payment…")
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_1"))
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(1)
    expect(window.sessionStorage.getItem(DRAFT_KEY)).toBeNull()
    expect(stripe.loadedWith).toEqual([])
  })

  it("sends the buyer back to checkout when the bank refused, without completing", async () => {
    const fetchMock = stubFetch(store().routes)
    const { onOrderPlaced } = renderReturn("payment_intent=pi_1&payment_intent_client_secret=pi_1_secret_test&redirect_status=failed")
    const alert = screen.getByRole("alert")
    expect(alert.textContent).toContain("Your payment was not completed, and nothing was charged.")
    expect(within(alert).getByRole("link", { name: "Back to checkout" }).getAttribute("href")).toBe("/checkout")
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toEqual([])
    expect(onOrderPlaced).not.toHaveBeenCalled()
  })

  it("offers to try completing again, not to pay again, when the store fails after the payment", async () => {
    let completions = 0
    const fetchMock = stubFetch(
      store({ complete: () => (++completions === 1 ? medusaError(400, "Could not complete the cart") : json({ type: "order", order: storeOrder({ id: "order_5" }) })) }).routes
    )
    const { onOrderPlaced } = renderReturn("payment_intent=pi_1&redirect_status=succeeded")
    expect((await screen.findByRole("alert")).textContent).toContain("your card will not be charged twice")
    fireEvent.click(screen.getByRole("button", { name: "Retry" }))
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_5"))
    expect(sentTo(fetchMock, "/store/carts/cart_1/complete")).toHaveLength(2)
  })

  it("where the store has no bank details for the currency, the card is the way to pay and the transfer says why it is not offered", async () => {
    const fetchMock = stubFetch(store({ transferCurrencies: ["usd", "gbp"] }).routes)
    const { onOrderPlaced } = renderCheckout()
    const place = await reachCardPayment()
    expect(cardChoice()?.checked).toBe(true)
    expect([bankChoice().disabled, bankChoice().checked]).toEqual([true, false])
    const reason = screen.getByText(/Bank transfer is not available for payments in EUR yet/)
    expect(bankChoice().getAttribute("aria-describedby")).toBe(reason.id)
    fireEvent.click(place)
    await waitFor(() => expect(onOrderPlaced).toHaveBeenCalledWith("order_1"))
    expect(sessionsMade(fetchMock)).toEqual([CARD])
  })
})
