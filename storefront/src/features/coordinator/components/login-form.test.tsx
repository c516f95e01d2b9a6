import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it, vi } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { coordinatorToken } from "@/testing/coordinator-fixtures"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { COORDINATOR_TOKEN_KEY } from "../utils/session"
import { LoginForm } from "./login-form"

function renderLogin(language: Language = "es", onLoggedIn = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <LoginForm onLoggedIn={onLoggedIn} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
  return onLoggedIn
}

function signIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText("Correo electrónico"), { target: { value: email } })
  fireEvent.change(screen.getByLabelText("Contraseña"), { target: { value: password } })
  fireEvent.click(screen.getByRole("button", { name: "Entrar" }))
}

describe("LoginForm", () => {
  it("says the email and password don't match on a 401, and stores nothing", async () => {
    stubFetch({ "/auth/coordinator/emailpass": () => json({ type: "unauthorized", message: "Invalid email or password" }, 401) })
    const onLoggedIn = renderLogin()
    signIn("marta@lasflores.test", "wrong password")
    expect((await screen.findByRole("alert")).textContent).toBe("El correo o la contraseña no son correctos. Revíselos e intente de nuevo.")
    expect(window.sessionStorage.getItem(COORDINATOR_TOKEN_KEY)).toBeNull()
    expect(onLoggedIn).not.toHaveBeenCalled()
  })

  it("tells how many minutes to wait after too many failures", async () => {
    stubFetch({
      "/auth/coordinator/emailpass": () =>
        new Response(JSON.stringify({ type: "too_many_requests", message: "Too many failed logins", retry_after: 541 }), {
          status: 429,
          headers: { "content-type": "application/json", "retry-after": "541" },
        }),
    })
    renderLogin()
    signIn("marta@lasflores.test", "whatever123")
    // 541 seconds is 9 minutes and a bit: round up, never promise too short a wait.
    expect((await screen.findByRole("alert")).textContent).toBe("Demasiados intentos fallidos. Espere 10 minutos e intente de nuevo.")
  })

  it("falls back to the Retry-After header when the body has no wait", async () => {
    stubFetch({
      "/auth/coordinator/emailpass": () => new Response("Too Many Requests", { status: 429, headers: { "retry-after": "60" } }),
    })
    renderLogin("en")
    fireEvent.change(screen.getByLabelText("Email"), { target: { value: "marta@lasflores.test" } })
    fireEvent.change(screen.getByLabelText("Password"), { target: { value: "whatever123" } })
    fireEvent.click(screen.getByRole("button", { name: "Sign in" }))
    expect((await screen.findByRole("alert")).textContent).toBe("Too many failed attempts. Wait 1 minute and try again.")
  })

  it("keeps the token under the portal's own key, and sends no bearer to the login route", async () => {
    const fetchMock = stubFetch({ "/auth/coordinator/emailpass": () => json({ token: coordinatorToken }) })
    const onLoggedIn = renderLogin()
    signIn(" Marta@LasFlores.test ", "a good long password")
    await vi.waitFor(() => expect(onLoggedIn).toHaveBeenCalled())
    expect(window.sessionStorage.getItem(COORDINATOR_TOKEN_KEY)).toBe(coordinatorToken)
    const [call] = requestsTo(fetchMock, "/auth/coordinator/emailpass")
    expect(call?.headers.get("authorization")).toBeNull()
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ email: "marta@lasflores.test", password: "a good long password" })
  })

  it("asks for both fields before calling the backend", () => {
    const fetchMock = stubFetch({})
    renderLogin()
    fireEvent.click(screen.getByRole("button", { name: "Entrar" }))
    expect(screen.getByRole("alert").textContent).toBe("Escriba su correo y su contraseña.")
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("offers the reset page to a coordinator who forgot their password, instead of sending them to CIS", () => {
    stubFetch({})
    renderLogin()
    const link = screen.getByRole("link", { name: "¿Olvidó su contraseña?" })
    expect(link.getAttribute("href")).toBe("/coop/forgot")
    expect(screen.queryByText(/nueva invitación/)).toBeNull()
  })
})
