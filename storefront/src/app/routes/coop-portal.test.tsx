import { fireEvent, render, screen, within } from "@testing-library/react"
import { createMemoryRouter, RouterProvider } from "react-router-dom"
import { afterEach, describe, expect, it, vi } from "vitest"
import { COORDINATOR_TOKEN_KEY } from "@/features/coordinator/utils/session"
import {
  balancesBody,
  coordinatorToken,
  ledgerEntriesBody,
  meBody,
  ordersBody,
  payoutsBody,
  productsBody,
} from "@/testing/coordinator-fixtures"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { AppProvider } from "../provider"

// The entries the app router gets for the portal (see the report to the lead).
const portalRoutes = [
  { path: "/coop", lazy: () => import("./coop-home") },
  { path: "/coop/login", lazy: () => import("./coop-login") },
  { path: "/coop/accept", lazy: () => import("./coop-accept") },
  { path: "/coop/forgot", lazy: () => import("./coop-forgot") },
  { path: "/coop/reset", lazy: () => import("./coop-reset") },
]

function renderPortal(path: string) {
  const router = createMemoryRouter(portalRoutes, { initialEntries: [path] })
  render(
    <AppProvider>
      <RouterProvider router={router} />
    </AppProvider>
  )
  return router
}

// The shared setup clears localStorage only; the "why did the session end" note lives in sessionStorage.
afterEach(() => window.sessionStorage.clear())

const unauthorized = () => json({ type: "unauthorized", message: "Unauthorized" }, 401)

function stubPortal(overrides: Parameters<typeof stubFetch>[0] = {}) {
  return stubFetch({
    "/auth/coordinator/emailpass": () => json({ token: coordinatorToken }),
    "/coordinator/me": () => json(meBody),
    "/coordinator/products": () => json(productsBody),
    "/coordinator/orders": (url: URL) => json(url.searchParams.get("payment") === "awaiting" ? { ...ordersBody, orders: [], count: 0 } : ordersBody),
    "/coordinator/balances": () => json(balancesBody),
    "/coordinator/payouts": () => json(payoutsBody),
    "/coordinator/ledger-entries": () => json(ledgerEntriesBody),
    ...overrides,
  })
}

const plain = (text: string | null | undefined) => (text ?? "").replace(/\s/g, " ")

describe("coordinator portal", () => {
  it("speaks Spanish to a first-time visitor, whatever the browser's language", async () => {
    stubPortal()
    renderPortal("/coop/login")
    expect(await screen.findByRole("heading", { name: "Iniciar sesión" })).toBeTruthy()
    expect(document.documentElement.lang).toBe("es")
    expect(window.localStorage.getItem("cis-crafts.language")).toBe("es")
  })

  it("keeps a language chosen before, and switches on request", async () => {
    window.localStorage.setItem("cis-crafts.language", "en")
    stubPortal()
    renderPortal("/coop/login")
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeTruthy()
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "es" } })
    expect(await screen.findByRole("heading", { name: "Iniciar sesión" })).toBeTruthy()
  })

  it("signs in, opens the portal, and logs out back to the sign-in page", async () => {
    const fetchMock = stubPortal()
    const router = renderPortal("/coop")
    // No token yet: straight to sign in, with no alarming notice.
    expect(await screen.findByRole("heading", { name: "Iniciar sesión" })).toBeTruthy()
    expect(screen.queryByRole("status")).toBeNull()

    fireEvent.change(screen.getByLabelText("Correo electrónico"), { target: { value: "marta@lasflores.test" } })
    fireEvent.change(screen.getByLabelText("Contraseña"), { target: { value: "una clave bien larga" } })
    fireEvent.click(screen.getByRole("button", { name: "Entrar" }))

    expect(await screen.findByRole("heading", { name: "Cooperativa Las Flores" })).toBeTruthy()
    expect(router.state.location.pathname).toBe("/coop")
    expect(screen.getByText("Hola, Marta Rivera")).toBeTruthy()
    expect(screen.getByRole("link", { name: "Inventario" }).getAttribute("aria-current")).toBe("page")
    expect(await screen.findByRole("heading", { name: "Hamaca de algodón" })).toBeTruthy()
    expect(requestsTo(fetchMock, "/coordinator/me")[0]?.headers.get("authorization")).toBe(`Bearer ${coordinatorToken}`)

    fireEvent.click(screen.getByRole("button", { name: "Cerrar sesión" }))
    expect(await screen.findByText("Cerró su sesión.")).toBeTruthy()
    expect(window.sessionStorage.getItem(COORDINATOR_TOKEN_KEY)).toBeNull()
  })

  it("sends an expired or deactivated login back to sign in, saying the session ended", async () => {
    window.sessionStorage.setItem(COORDINATOR_TOKEN_KEY, coordinatorToken)
    stubPortal({ "/coordinator/me": unauthorized, "/coordinator/products": unauthorized })
    const router = renderPortal("/coop")
    expect(await screen.findByText(/^Su sesión terminó\./)).toBeTruthy()
    expect(router.state.location.pathname).toBe("/coop/login")
    expect(window.sessionStorage.getItem(COORDINATOR_TOKEN_KEY)).toBeNull()
  })

  it("sets the password from an invitation, then offers sign-in with the email filled in", async () => {
    const fetchMock = stubPortal({
      "/coordinator/invites/accept": () => json({ coordinator: { id: "coord_01", email: "marta@lasflores.test", name: "Marta", status: "active" } }),
    })
    renderPortal("/coop/accept?token=tok_0123456789abcdefghij")
    const password = await screen.findByLabelText<HTMLInputElement>("Contraseña nueva")
    fireEvent.change(password, { target: { value: "corta" } })
    fireEvent.change(screen.getByLabelText("Repita la contraseña"), { target: { value: "corta" } })
    fireEvent.click(screen.getByRole("button", { name: "Guardar contraseña" }))
    expect(screen.getByRole("alert").textContent).toBe("La contraseña necesita al menos 10 caracteres.")

    fireEvent.click(screen.getByLabelText("Mostrar contraseña"))
    expect(password.type).toBe("text")
    fireEvent.change(password, { target: { value: "tejido de palma 1992" } })
    fireEvent.change(screen.getByLabelText("Repita la contraseña"), { target: { value: "tejido de palma 1992" } })
    fireEvent.click(screen.getByRole("button", { name: "Guardar contraseña" }))

    expect(await screen.findByText("Su contraseña quedó guardada. Ahora inicie sesión con ella.")).toBeTruthy()
    expect(screen.getByLabelText<HTMLInputElement>("Correo electrónico").value).toBe("marta@lasflores.test")
    expect(JSON.parse(String(fetchMock.mock.calls.at(-1)?.[1]?.body))).toEqual({ token: "tok_0123456789abcdefghij", password: "tejido de palma 1992" })
  })

  it("explains an expired invitation", async () => {
    stubPortal({
      "/coordinator/invites/accept": () =>
        json({ type: "invalid_data", message: "This invite link has expired (invites last 7 days). Ask CIS staff for a new one." }, 400),
    })
    renderPortal("/coop/accept?token=tok_0123456789abcdefghij")
    fireEvent.change(await screen.findByLabelText("Contraseña nueva"), { target: { value: "tejido de palma 1992" } })
    fireEvent.change(screen.getByLabelText("Repita la contraseña"), { target: { value: "tejido de palma 1992" } })
    fireEvent.click(screen.getByRole("button", { name: "Guardar contraseña" }))
    expect((await screen.findByRole("alert")).textContent).toBe("Este enlace de invitación venció (duran 7 días). Pida uno nuevo al personal del CIS.")
    expect(screen.getByRole("link", { name: "Ir a iniciar sesión" })).toBeTruthy()
  })

  it("goes from sign-in to asking for a reset link, and answers every email alike", async () => {
    const fetchMock = stubPortal({ "/auth/coordinator/emailpass/reset-password": () => new Response("Created", { status: 201 }) })
    const router = renderPortal("/coop/login")
    fireEvent.change(await screen.findByLabelText("Correo electrónico"), { target: { value: "Marta@LasFlores.test" } })
    fireEvent.click(screen.getByRole("link", { name: "¿Olvidó su contraseña?" }))
    expect(await screen.findByRole("heading", { name: "¿Olvidó su contraseña?" })).toBeTruthy()
    expect(router.state.location.pathname).toBe("/coop/forgot")
    // The email typed on the sign-in page comes along.
    expect(screen.getByLabelText<HTMLInputElement>("Correo electrónico").value).toBe("Marta@LasFlores.test")
    fireEvent.click(screen.getByRole("button", { name: "Enviar enlace" }))
    const sent = await screen.findByRole("status")
    expect(plain(sent.textContent)).toBe(
      "Si marta@lasflores.test pertenece a una persona coordinadora activa, le llegará un enlace para elegir una contraseña nueva. Sirve una sola vez, durante 15 minutos. Revise también la carpeta de correo no deseado. Si no llega nada, el personal del CIS puede enviarle una nueva invitación."
    )
    const [call] = requestsTo(fetchMock, "/auth/coordinator/emailpass/reset-password")
    expect(call?.headers.get("authorization")).toBeNull()
    expect(JSON.parse(String(fetchMock.mock.calls.at(-1)?.[1]?.body))).toEqual({ identifier: "marta@lasflores.test" })
  })

  it("sets a new password from the emailed link, with the link's token and not a stored session, then offers sign-in", async () => {
    window.sessionStorage.setItem(COORDINATOR_TOKEN_KEY, coordinatorToken)
    const fetchMock = stubPortal({ "/auth/coordinator/emailpass/update": () => json({ success: true }) })
    const router = renderPortal("/coop/reset?token=eyJ.reset.token")
    expect(await screen.findByRole("heading", { name: "Elija una contraseña nueva" })).toBeTruthy()
    fireEvent.change(screen.getByLabelText("Contraseña nueva"), { target: { value: "tejido de palma 1992" } })
    fireEvent.change(screen.getByLabelText("Repita la contraseña"), { target: { value: "tejido de palma 1993" } })
    fireEvent.click(screen.getByRole("button", { name: "Guardar contraseña" }))
    expect(screen.getByRole("alert").textContent).toBe("Las dos contraseñas no son iguales.")
    expect(requestsTo(fetchMock, "/auth/coordinator/emailpass/update")).toEqual([])

    fireEvent.change(screen.getByLabelText("Repita la contraseña"), { target: { value: "tejido de palma 1992" } })
    fireEvent.click(screen.getByRole("button", { name: "Guardar contraseña" }))
    expect(await screen.findByText("Su contraseña nueva quedó guardada. Ahora inicie sesión con ella.")).toBeTruthy()
    expect(router.state.location.pathname).toBe("/coop/login")
    const [call] = requestsTo(fetchMock, "/auth/coordinator/emailpass/update")
    expect(call?.headers.get("authorization")).toBe("Bearer eyJ.reset.token")
    expect(JSON.parse(String(fetchMock.mock.calls.at(-1)?.[1]?.body))).toEqual({ password: "tejido de palma 1992" })
    expect(window.sessionStorage.getItem(COORDINATOR_TOKEN_KEY)).toBeNull()
  })

  it("explains a used or expired reset link and offers a new one", async () => {
    stubPortal({ "/auth/coordinator/emailpass/update": () => json({ type: "unauthorized", message: "Invalid token" }, 401) })
    const router = renderPortal("/coop/reset?token=eyJ.used.token")
    fireEvent.change(await screen.findByLabelText("Contraseña nueva"), { target: { value: "tejido de palma 1992" } })
    fireEvent.change(screen.getByLabelText("Repita la contraseña"), { target: { value: "tejido de palma 1992" } })
    fireEvent.click(screen.getByRole("button", { name: "Guardar contraseña" }))
    expect((await screen.findByRole("alert")).textContent).toBe(
      "Este enlace ya no sirve: ya se usó, venció (duran 15 minutos) o lo reemplazó un enlace más reciente."
    )
    fireEvent.click(screen.getByRole("link", { name: "Pedir un enlace nuevo" }))
    expect(await screen.findByRole("heading", { name: "¿Olvidó su contraseña?" })).toBeTruthy()
    expect(router.state.location.pathname).toBe("/coop/forgot")
  })

  it("keeps orders waiting for their bank transfer apart from the orders to prepare, and pages through each", async () => {
    window.sessionStorage.setItem(COORDINATOR_TOKEN_KEY, coordinatorToken)
    const unpaid = { ...ordersBody.orders[0]!, display_id: 1043, awaiting_payment: true }
    const fetchMock = stubPortal({
      "/coordinator/orders": (url: URL) =>
        url.searchParams.get("payment") === "awaiting" ? json({ ...ordersBody, orders: [unpaid], count: 1 }) : json({ ...ordersBody, count: 13 }),
    })
    renderPortal("/coop?tab=orders")
    const waiting = (await screen.findByRole("heading", { name: "Esperando el pago" })).closest("section")!
    const toPrepare = screen.getByRole("heading", { name: "Pedidos por preparar" }).closest("section")!
    const unpaidCard = (await within(waiting).findByRole("heading", { name: "Pedido #1043" })).closest("li")!
    expect(within(unpaidCard).getByText("Esperando el pago")).toBeTruthy()
    expect(within(unpaidCard).queryByText("Por preparar")).toBeNull()
    expect(within(waiting).getByText(/No los prepare todavía/)).toBeTruthy()
    const order = (await within(toPrepare).findByRole("heading", { name: "Pedido #1042" })).closest("li")!
    expect(within(order).getByText("Por preparar")).toBeTruthy()
    expect(within(toPrepare).queryByRole("heading", { name: "Pedido #1043" })).toBeNull()
    expect(plain(within(order).getByText(/2 × Hamaca de algodón/).closest("li")?.textContent)).toBe("2 × Hamaca de algodón (código HAM-01)")
    fireEvent.click(within(toPrepare).getByRole("button", { name: "Siguiente" }))
    await vi.waitFor(() =>
      expect(
        requestsTo(fetchMock, "/coordinator/orders")
          .filter((request) => request.url.searchParams.get("payment") === "ready")
          .at(-1)?.url.searchParams.get("offset")
      ).toBe("10")
    )
    expect(screen.queryByRole("heading", { name: "Inventario" })).toBeNull()
  })

  it("shows earnings from minor units and downloads a paid payout's statement with the login", async () => {
    window.sessionStorage.setItem(COORDINATOR_TOKEN_KEY, coordinatorToken)
    window.localStorage.setItem("cis-crafts.language", "en")
    const fetchMock = stubPortal({
      "/coordinator/payouts/payout_paid/statement.csv": () =>
        new Response("order,amount\ntotal,500.00\n", {
          headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="payout-statement-payout_paid.csv"' },
        }),
    })
    const createObjectURL = vi.fn(() => "blob:statement")
    vi.stubGlobal("URL", Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {})
    renderPortal("/coop?tab=earnings")

    const dollars = await screen.findByRole("region", { name: "In USD" })
    const figure = (label: string) => plain(within(dollars).getByText(label).nextElementSibling?.textContent)
    expect(figure("Earned from paid sales")).toBe("$1,234.50")
    expect(figure("Taken back (refunds and returns)")).toBe("-$50.00")
    expect(figure("Already paid")).toBe("$500.00")
    // Not yet paid: the 484.50 in no payout plus the 200.00 in a draft one; what buyers have not paid stays apart.
    expect(figure("Still to be paid to you")).toBe("$684.50")
    expect(figure("Awaiting the buyer's payment")).toBe("$85.00")

    expect(await screen.findByText("Being prepared")).toBeTruthy()
    // Only a paid payout has a statement.
    const downloads = screen.getAllByRole("button", { name: /^Download statement \(CSV\)/ })
    expect(downloads).toHaveLength(1)
    fireEvent.click(downloads[0]!)
    await vi.waitFor(() => expect(click).toHaveBeenCalled())
    const [request] = requestsTo(fetchMock, "/coordinator/payouts/payout_paid/statement.csv")
    expect(request?.headers.get("authorization")).toBe(`Bearer ${coordinatorToken}`)
    // In the portal's language (English here; a Spanish portal asks for Spanish).
    expect(request?.url.searchParams.get("lang")).toBe("en")
    const [[blob]] = createObjectURL.mock.calls as unknown as [[Blob]]
    expect(await blob.text()).toBe("order,amount\ntotal,500.00\n")
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe("payout-statement-payout_paid.csv")

    expect(await screen.findByText("Sale")).toBeTruthy()
    expect(screen.getByText("$70.00")).toBeTruthy()
  })
})
