import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { cleanup, fireEvent, render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { ForgotPasswordForm } from "./forgot-password-form"

function renderForgot(language: Language = "es") {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <ForgotPasswordForm />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const RESET = "/auth/coordinator/emailpass/reset-password"
const created = () => new Response("Created", { status: 201 })

function ask(email: string, button = "Enviar enlace", label = "Correo electrónico") {
  fireEvent.change(screen.getByLabelText(label), { target: { value: email } })
  fireEvent.click(screen.getByRole("button", { name: button }))
}

describe("ForgotPasswordForm", () => {
  it("answers a known and an unknown email with the same words", async () => {
    // The backend answers 201 to both; what differs is only whether an email leaves, which the page cannot know.
    stubFetch({ [RESET]: created })
    renderForgot()
    ask("marta@lasflores.test")
    const known = (await screen.findByRole("status")).textContent
    cleanup()
    renderForgot()
    ask("nadie@ningunlado.test")
    const unknown = (await screen.findByRole("status")).textContent
    expect(known?.replace("marta@lasflores.test", "X")).toBe(unknown?.replace("nadie@ningunlado.test", "X"))
    expect(known).toContain("Sirve una sola vez, durante 15 minutos.")
  })

  it("checks the email before calling the backend", () => {
    const fetchMock = stubFetch({})
    renderForgot()
    fireEvent.click(screen.getByRole("button", { name: "Enviar enlace" }))
    expect(screen.getByRole("alert").textContent).toBe("Escriba su correo.")
    ask("marta.lasflores.test")
    expect(screen.getByRole("alert").textContent).toBe("Escriba una dirección de correo, por ejemplo ana@ejemplo.org.")
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("says how long to wait when too many links were asked for the email", async () => {
    stubFetch({
      [RESET]: () => new Response(JSON.stringify({ type: "too_many_requests", message: "Too many", retry_after: 601 }), { status: 429 }),
    })
    renderForgot()
    ask("marta@lasflores.test")
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Se pidieron demasiados enlaces para este correo. Espere 11 minutos e intente de nuevo."
    )
    expect(screen.queryByRole("status")).toBeNull()
  })

  it("speaks English when chosen, and sends only the email, with no bearer", async () => {
    const fetchMock = stubFetch({ [RESET]: created })
    renderForgot("en")
    expect(screen.getByRole("heading", { name: "Forgot your password?" })).toBeTruthy()
    ask(" Marta@LasFlores.test ", "Send link", "Email")
    expect((await screen.findByRole("status")).textContent).toMatch(/^If marta@lasflores\.test belongs to an active coordinator/)
    const [call] = requestsTo(fetchMock, RESET)
    expect(call?.headers.get("authorization")).toBeNull()
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ identifier: "marta@lasflores.test" })
  })

  it("shows a server failure as one, not as a sent link", async () => {
    stubFetch({ [RESET]: () => json({ type: "unknown_error", message: "An unknown error occurred." }, 500) })
    renderForgot()
    ask("marta@lasflores.test")
    expect((await screen.findByRole("alert")).textContent).toContain("500")
    expect(screen.queryByRole("status")).toBeNull()
  })
})
