import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it, vi } from "vitest"
import { LanguageProvider } from "@/lib/i18n"
import { stubFetch } from "@/testing/fake-backend"
import { cartItem, fakeCartStore, florDeCopinol, sentTo, shippingOption } from "@/testing/cart-fixtures"
import type { CheckoutAccount } from "../utils/checkout-draft"
import { CheckoutPage, type CheckoutRegion } from "./checkout-page"

vi.mock("@stripe/stripe-js", () => ({ loadStripe: () => Promise.resolve(null) }))
vi.mock("@stripe/react-stripe-js", () => ({}))

const europe: CheckoutRegion = {
  id: "reg_eu",
  countries: [
    { iso_2: "de", display_name: "Germany" },
    { iso_2: "fr", display_name: "France" },
  ],
}

const address = (id: string, patch: Record<string, string | boolean | null>) => ({
  id,
  first_name: "Ana",
  last_name: "Martínez",
  address_1: "Torstraße 1",
  address_2: null,
  city: "Berlin",
  province: null,
  postal_code: "10115",
  country_code: "de",
  phone: null,
  is_default_shipping: false,
  ...patch,
})

const account: CheckoutAccount = {
  email: "ana@example.org",
  addresses: [
    address("cuaddr_us", { address_1: "1 Market St", city: "San Francisco", province: "CA", postal_code: "94110", country_code: "us", is_default_shipping: true }),
    address("cuaddr_paris", { address_1: "12 rue de Rivoli", city: "Paris", postal_code: "75001", country_code: "fr" }),
    address("cuaddr_berlin", {}),
  ],
}

function renderCheckout(withAccount?: CheckoutAccount) {
  const dove = { productId: "prod_dove", title: "Clay dove of peace", prices: { eur: 16.5 }, cooperative: florDeCopinol }
  const fetchMock = stubFetch(
    fakeCartStore({
      catalog: [dove],
      carts: [
        {
          id: "cart_1",
          region_id: "reg_eu",
          currency_code: "eur",
          items: [cartItem({ id: "item_1", productId: "prod_dove", title: "Clay dove of peace", unitPrice: 16.5, quantity: 1, taxInclusive: true })],
          tax: 2.63,
        },
      ],
      shippingOptions: [shippingOption("so_standard", "Standard parcel", 14)],
    }).routes
  )
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial="en">
        <MemoryRouter>
          <CheckoutPage cartId="cart_1" region={europe} locale="en-IE" onOrderPlaced={vi.fn()} account={withAccount} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
  return fetchMock
}

const field = (label: string) => screen.getByLabelText<HTMLInputElement | HTMLSelectElement>(label)

describe("checkout for a signed-in buyer", () => {
  it("offers the saved addresses this region ships to, fills the form from one, and sends it", async () => {
    const fetchMock = renderCheckout(account)
    await screen.findByLabelText("Email")
    // No default in this region (the US one cannot ship from Europe's cart): the first one it can, with the account's email.
    expect(field("Email").value).toBe("ana@example.org")
    expect(field("Street address").value).toBe("12 rue de Rivoli")

    const saved = screen.getByRole("group", { name: "Your saved addresses" })
    const offers = within(saved).getAllByRole("button", { name: /^Use this address/ })
    expect(offers.map((button) => button.getAttribute("aria-label"))).toEqual([
      "Use this address: Ana Martínez, 12 rue de Rivoli, 75001 Paris, FR",
      "Use this address: Ana Martínez, Torstraße 1, 10115 Berlin, DE",
    ])
    fireEvent.click(offers[1]!)
    expect(field("Street address").value).toBe("Torstraße 1")
    expect(field("Country").value).toBe("de")

    fireEvent.click(screen.getByRole("button", { name: "Continue to delivery" }))
    await waitFor(() => expect(sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")).toHaveLength(1))
    const [update] = sentTo(fetchMock, "/store/carts/cart_1").filter((request) => request.method === "POST")
    expect(update?.body).toMatchObject({
      email: "ana@example.org",
      shipping_address: { first_name: "Ana", last_name: "Martínez", address_1: "Torstraße 1", city: "Berlin", postal_code: "10115", country_code: "de" },
    })
  })

  it("offers a guest nothing of anyone's", async () => {
    renderCheckout()
    await screen.findByLabelText("Email")
    expect(field("Email").value).toBe("")
    expect(screen.queryByRole("group", { name: "Your saved addresses" })).toBeNull()
  })
})
