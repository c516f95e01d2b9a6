import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react"
import type { ReactNode } from "react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it, vi } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { SDK_TOKEN_KEY } from "../api/session"
import { AccountPage } from "./account-page"
import { SignInForm } from "./sign-in-form"
import { SignUpForm } from "./sign-up-form"

function renderWith(ui: ReactNode, language: Language = "en") {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>{ui}</MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const bodyOf = (fetchMock: ReturnType<typeof stubFetch>, path: string) =>
  fetchMock.mock.calls.filter(([input]) => new URL(String(input)).pathname === path).map(([, init]) => JSON.parse(String(init?.body ?? "null")))

describe("sign in", () => {
  it("checks the fields before asking the store, then signs in with Medusa's customer login", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/auth/customer/emailpass": () => json({ token: "jwt-ana" }),
    })
    const onSignedIn = vi.fn()
    renderWith(<SignInForm onSignedIn={onSignedIn} />)

    fireEvent.click(screen.getByRole("button", { name: "Sign in" }))
    expect(screen.getAllByText("Please fill this in.")).toHaveLength(2)
    expect(document.activeElement).toBe(screen.getByLabelText("Email"))
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "ana@example" } })
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "secret-password" } })
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }))
    expect(screen.getByText("Please enter an email address like name@example.com.")).toBeTruthy()
    expect(requestsTo(fetchMock, "/auth/customer/emailpass")).toHaveLength(0)

    fireEvent.change(screen.getByLabelText("Email"), { target: { value: " ana@example.org " } })
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }))
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1))
    expect(bodyOf(fetchMock, "/auth/customer/emailpass")).toEqual([{ email: "ana@example.org", password: "secret-password" }])
    // The SDK keeps the token, and sends it with the cart and account calls from now on.
    expect(window.localStorage.getItem(SDK_TOKEN_KEY)).toBe("jwt-ana")
  })

  it("says plainly when the email and password do not match, in Spanish", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/auth/customer/emailpass": () => json({ type: "unauthorized", message: "Invalid email or password" }, 401),
    })
    const onSignedIn = vi.fn()
    renderWith(<SignInForm onSignedIn={onSignedIn} />, "es")
    fireEvent.change(screen.getByLabelText("Correo electrónico"), { target: { value: "ana@example.org" } })
    fireEvent.change(screen.getByLabelText("Contraseña"), { target: { value: "wrong" } })
    fireEvent.click(screen.getByRole("button", { name: "Iniciar sesión" }))
    expect((await screen.findByRole("alert")).textContent).toBe("Ese correo y esa contraseña no coinciden con ninguna cuenta.")
    expect(onSignedIn).not.toHaveBeenCalled()
    expect(screen.getByRole("link", { name: "Buscar un pedido sin cuenta" }).getAttribute("href")).toBe("/order")
  })
})

describe("sign up", () => {
  it("registers, creates the customer with the registration's token, then signs in", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/auth/customer/emailpass/register": () => json({ token: "jwt-registration" }),
      "/store/customers": () => json({ customer: { id: "cus_1", email: "ana@example.org" } }),
      "/auth/customer/emailpass": () => json({ token: "jwt-ana" }),
    })
    const onSignedIn = vi.fn()
    renderWith(<SignUpForm onSignedIn={onSignedIn} />, "es")

    fireEvent.change(screen.getByLabelText("Nombre"), { target: { value: "Ana" } })
    fireEvent.change(screen.getByLabelText("Correo electrónico"), { target: { value: "ana@example.org" } })
    fireEvent.change(screen.getByLabelText("Contraseña"), { target: { value: "corta" } })
    fireEvent.click(screen.getByRole("button", { name: "Crear cuenta" }))
    expect(screen.getByText("Use al menos 8 caracteres.")).toBeTruthy()
    expect(screen.getByText("Por favor complete este campo.")).toBeTruthy() // the last name
    expect(document.activeElement).toBe(screen.getByLabelText("Apellido"))

    fireEvent.change(screen.getByLabelText("Apellido"), { target: { value: "Martínez" } })
    fireEvent.change(screen.getByLabelText("Contraseña"), { target: { value: "una-contraseña-larga" } })
    fireEvent.click(screen.getByRole("button", { name: "Crear cuenta" }))
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1))

    const paths = fetchMock.mock.calls.map(([input]) => new URL(String(input)).pathname).filter((path) => path !== "/public/storefront-config")
    expect(paths).toEqual(["/auth/customer/emailpass/register", "/store/customers", "/auth/customer/emailpass"])
    expect(bodyOf(fetchMock, "/store/customers")).toEqual([{ email: "ana@example.org", first_name: "Ana", last_name: "Martínez" }])
    expect(requestsTo(fetchMock, "/store/customers")[0]?.headers.get("authorization")).toBe("Bearer jwt-registration")
    expect(window.localStorage.getItem(SDK_TOKEN_KEY)).toBe("jwt-ana")
  })

  it("sends an email already signed up to the sign-in page", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/auth/customer/emailpass/register": () => json({ type: "unauthorized", message: "Identity with email already exists" }, 401),
    })
    renderWith(<SignUpForm onSignedIn={vi.fn()} />)
    fireEvent.change(screen.getByLabelText("First name"), { target: { value: "Ana" } })
    fireEvent.change(screen.getByLabelText("Last name"), { target: { value: "Martínez" } })
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "ana@example.org" } })
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "long-enough-password" } })
    fireEvent.click(screen.getByRole("button", { name: "Create account" }))
    expect((await screen.findByRole("alert")).textContent).toBe("An account with this email already exists. Sign in instead.")
  })
})

describe("account page", () => {
  const customer = {
    id: "cus_1",
    email: "ana@example.org",
    first_name: "Ana",
    last_name: "Martínez",
    addresses: [
      { id: "cuaddr_1", first_name: "Ana", last_name: "Martínez", address_1: "Calle Arce 12", address_2: null, city: "Madrid", province: null, postal_code: "28001", country_code: "es", phone: null, is_default_shipping: true },
    ],
  }

  it("lists the buyer's orders with links, their saved address, and signs out", async () => {
    window.localStorage.setItem(SDK_TOKEN_KEY, "jwt-ana")
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/orders": () =>
        json({
          orders: [
            { id: "order_2", display_id: 1043, created_at: "2026-11-30T10:00:00Z", status: "pending", payment_status: "captured", fulfillment_status: "not_fulfilled", currency_code: "eur", total: 57.5, items: [{ id: "i1", title: "Hamaca", quantity: 2 }] },
          ],
          count: 1,
        }),
    })
    const onSignedOut = vi.fn()
    renderWith(<AccountPage customer={customer} locale="es-ES" onSignedOut={onSignedOut} />, "es")

    expect(screen.getByRole("heading", { level: 1, name: "Hola, Ana Martínez" })).toBeTruthy()
    const orders = screen.getByRole("region", { name: "Sus pedidos" })
    const link = await within(orders).findByRole("link", { name: "Ver el pedido #1043" })
    expect(link.getAttribute("href")).toBe("/order/confirmed/order_2")
    expect(within(orders).getByText(/2 artículos · 57,50 €/)).toBeTruthy()
    expect(requestsTo(fetchMock, "/store/orders")[0]?.headers.get("authorization")).toBe("Bearer jwt-ana")
    const addresses = screen.getByRole("region", { name: "Direcciones guardadas" })
    expect(within(addresses).getByText("Calle Arce 12")).toBeTruthy()
    expect(within(addresses).getByText("Predeterminada")).toBeTruthy()

    fireEvent.click(screen.getByRole("button", { name: "Cerrar sesión" }))
    await waitFor(() => expect(onSignedOut).toHaveBeenCalledTimes(1))
    expect(window.localStorage.getItem(SDK_TOKEN_KEY)).toBeNull()
  })
})
