import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render, screen, within } from "@testing-library/react"
import { beforeEach, describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { balancesBody, coordinatorToken, ledgerEntriesBody, payoutsBody } from "@/testing/coordinator-fixtures"
import { json, stubFetch } from "@/testing/fake-backend"
import { COORDINATOR_TOKEN_KEY } from "../utils/session"
import { EarningsPanel } from "./earnings-panel"

const [usd] = balancesBody.balances
const [sale] = ledgerEntriesBody.ledger_entries
const [paidPayout] = payoutsBody.payouts

function renderEarnings(
  bodies: { balances?: unknown; entries?: unknown; payouts?: unknown } = {},
  language: Language = "es",
  locale = "es-SV"
) {
  stubFetch({
    "/coordinator/balances": () => json(bodies.balances ?? balancesBody),
    "/coordinator/ledger-entries": () => json(bodies.entries ?? ledgerEntriesBody),
    "/coordinator/payouts": () => json(bodies.payouts ?? payoutsBody),
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <EarningsPanel locale={locale} />
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const plain = (text: string | null | undefined) => (text ?? "").replace(/\s/g, " ")
const figureIn = (region: HTMLElement) => (label: string) => plain(within(region).getByText(label).nextElementSibling?.textContent)

beforeEach(() => window.sessionStorage.setItem(COORDINATOR_TOKEN_KEY, coordinatorToken))

describe("earnings: pending apart from what is owed", () => {
  it("shows in Spanish what buyers have not paid apart from what is owed, and nets an advance", async () => {
    renderEarnings({
      balances: {
        balances: [
          // 1234.50 earned, 50.00 taken back, a 150.00 advance and 500.00 paid: 534.50 owed, 200.00 of it in a draft payment.
          { ...usd, earned: 123_450, reversed: -5_000, advanced: -15_000, paid: 50_000, in_draft_payouts: 20_000, balance: 33_450, pending: 8_500 },
        ],
      },
    })
    const card = await screen.findByRole("region", { name: "En USD" })
    const figure = figureIn(card)
    expect(figure("Ganado en ventas pagadas")).toBe("$1,234.50")
    expect(figure("Anticipos recibidos (se descuentan de las ventas)")).toBe("$150.00")
    expect(figure("Ya pagado")).toBe("$500.00")
    expect(figure("Por pagarle a su cooperativa")).toBe("$534.50")
    // The pending 85.00 is named apart, explained, and not in what is owed.
    expect(figure("Pendiente de pago del comprador")).toBe("$85.00")
    expect(within(card).getByText(/Se suman a lo que se le debe cuando llegue el pago/)).toBeTruthy()
    expect(within(card).getByText("$200.00 ya está en un pago en preparación.")).toBeTruthy()
  })

  it("says an advance beyond the sales so far is still to be deducted, not a negative debt", async () => {
    renderEarnings({
      balances: { balances: [{ ...usd, earned: 4_000, reversed: 0, advanced: -10_000, paid: 0, in_draft_payouts: 0, balance: -6_000, pending: 0 }] },
    })
    const card = await screen.findByRole("region", { name: "En USD" })
    expect(figureIn(card)("Anticipo por descontar")).toBe("$60.00")
    expect(within(card).queryByText("Por pagarle a su cooperativa")).toBeNull()
    expect(within(card).queryByText("Pendiente de pago del comprador")).toBeNull()
    expect(within(card).getByText(/Sus próximas ventas lo cubren/)).toBeTruthy()
  })

  it("marks pending movements and names advances and payments", async () => {
    const entries = [
      { ...sale, id: "ledg_p", state: "pending", amount: 3_500, created_at: "2025-05-03T10:00:00.000Z" },
      { ...sale, id: "ledg_q", state: "pending", amount: -2_000, created_at: "2025-05-03T09:00:00.000Z" },
      { ...sale, id: "ledg_adv", type: "advance", source: "advance", order_display_id: null, product_id: null, amount: -15_000, base_amount: 15_000, share_bps: 10_000, reason: "advance TRF-9: mitad del pedido de la tienda justa", created_at: "2025-05-02T09:00:00.000Z" },
      { ...sale, id: "ledg_pay", type: "payout", source: "payout", order_display_id: null, product_id: null, amount: -50_000, base_amount: 50_000, share_bps: 10_000, payout_id: "payout_paid", reason: "payout TRF-2025-0405", created_at: "2025-04-05T12:00:00.000Z" },
    ]
    renderEarnings({ entries: { ledger_entries: entries, count: entries.length, limit: 10, offset: 0 } })
    const list = (await screen.findByRole("heading", { name: "Movimientos recientes" })).closest("section")!
    const rows = await within(list).findAllByRole("listitem")
    expect(rows).toHaveLength(4)

    const [pending, released, advance, payout] = rows as [HTMLElement, HTMLElement, HTMLElement, HTMLElement]
    expect(within(pending).getByText("Pendiente")).toBeTruthy()
    expect(plain(pending.textContent)).toContain("Pendiente de pago del comprador")
    expect(plain(pending.textContent)).not.toContain("Aún sin pagar")
    expect(plain(pending.textContent)).toContain("Pedido #1042")
    expect(within(released).getByText("Pendiente")).toBeTruthy()
    expect(plain(released.textContent)).toContain("Ya no espera el pago del comprador")

    expect(within(advance).getByText("Anticipo")).toBeTruthy()
    expect(plain(advance.textContent)).toContain("Se descontará de su próximo pago")
    expect(plain(advance.textContent)).toContain("mitad del pedido de la tienda justa")
    // Money sent is whole: no "share of base" on it.
    expect(plain(advance.textContent)).not.toMatch(/100 % de/)
    expect(within(advance).queryByText("Pendiente")).toBeNull()

    expect(within(payout).getByText("Pago a su cooperativa")).toBeTruthy()
    expect(plain(payout.textContent)).not.toContain("Incluido en un pago")
  })

  it("says where a short payment's difference went", async () => {
    renderEarnings({ payouts: { payouts: [{ ...paidPayout, amount: 1_300, sent_amount: 1_200 }], count: 1, limit: 5, offset: 0 } }, "en", "en-US")
    expect(await screen.findByText("Sent: $12.00")).toBeTruthy()
    expect(screen.getByText("$1.00 that was not sent stays on your balance for the next payment.")).toBeTruthy()
  })
})
