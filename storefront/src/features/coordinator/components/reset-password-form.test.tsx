import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen } from "@testing-library/react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it, vi } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { ResetPasswordForm } from "./reset-password-form"

const UPDATE = "/auth/coordinator/emailpass/update"

function renderReset(token: string | null, language: Language = "es", onReset = vi.fn()) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <MemoryRouter>
          <ResetPasswordForm token={token} onReset={onReset} />
        </MemoryRouter>
      </LanguageProvider>
    </QueryClientProvider>
  )
  return onReset
}

function choose(password: string, repeat = password) {
  fireEvent.change(screen.getByLabelText("Contraseña nueva"), { target: { value: password } })
  fireEvent.change(screen.getByLabelText("Repita la contraseña"), { target: { value: repeat } })
  fireEvent.click(screen.getByRole("button", { name: "Guardar contraseña" }))
}

describe("ResetPasswordForm", () => {
  it("asks for at least 10 characters before calling the backend", () => {
    const fetchMock = stubFetch({})
    renderReset("eyJ.reset.token")
    choose("corta")
    expect(screen.getByRole("alert").textContent).toBe("La contraseña necesita al menos 10 caracteres.")
    expect(screen.getByLabelText("Contraseña nueva").getAttribute("aria-invalid")).toBe("true")
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("sends the new password with the link's token and reports success", async () => {
    const fetchMock = stubFetch({ [UPDATE]: () => json({ success: true }) })
    const onReset = renderReset("eyJ.reset.token")
    choose("tejido de palma 1992")
    await vi.waitFor(() => expect(onReset).toHaveBeenCalled())
    const [call] = requestsTo(fetchMock, UPDATE)
    expect(call?.headers.get("authorization")).toBe("Bearer eyJ.reset.token")
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({ password: "tejido de palma 1992" })
  })

  it("says the link is dead on a 401, and offers a new one", async () => {
    stubFetch({ [UPDATE]: () => json({ type: "unauthorized", message: "Invalid token" }, 401) })
    const onReset = renderReset("eyJ.used.token")
    choose("tejido de palma 1992")
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Este enlace ya no sirve: ya se usó, venció (duran 15 minutos) o lo reemplazó un enlace más reciente."
    )
    expect(screen.getByRole("link", { name: "Pedir un enlace nuevo" }).getAttribute("href")).toBe("/coop/forgot")
    expect((screen.getByRole("button", { name: "Guardar contraseña" }) as HTMLButtonElement).disabled).toBe(true)
    expect(onReset).not.toHaveBeenCalled()
  })

  it("explains a link cut short, in English too", () => {
    stubFetch({})
    renderReset(null, "en")
    expect(screen.getByRole("alert").textContent).toBe("This link is incomplete. Open the link in the email again, or ask for a new one.")
    expect(screen.getByRole("link", { name: "Ask for a new link" })).toBeTruthy()
    expect(screen.queryByLabelText("New password")).toBeNull()
  })
})
