import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { fireEvent, render, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { impactBody } from "@/testing/cooperative-fixtures"
import { json, stubFetch } from "@/testing/fake-backend"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { ImpactFigures } from "./impact-figures"

function renderFigures(locale: string, language: Language = "en", currency?: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  return render(
    <QueryClientProvider client={queryClient}>
      <LanguageProvider initial={language}>
        <ImpactFigures locale={locale} currency={currency} />
      </LanguageProvider>
    </QueryClientProvider>
  )
}

const zeroes = () => ({ cooperatives_earned: 0, cooperatives_paid: 0, cooperatives_owed: 0, cooperatives_pending: 0, community_fund: 0, community_fund_pending: 0 })
const plain = (text: string | null | undefined) => (text ?? "").replace(/\s/g, " ")
const figure = (region: HTMLElement, label: string) => plain(within(region).getByText(label).nextElementSibling?.textContent)

describe("ImpactFigures", () => {
  it("formats each currency's totals from minor units, in the shopper's locale", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/impact": () => json(impactBody),
    })
    renderFigures("en-US")

    const dollars = await screen.findByRole("region", { name: "In USD" })
    // 1234567 cents, not 1234567 dollars.
    expect(within(dollars).getByText("$12,345.67")).toBeTruthy()
    expect(figure(dollars, "Already paid out to them")).toBe("$10,000.00")
    expect(figure(dollars, "Still to be paid out to them")).toBe("$2,345.67")
    expect(figure(dollars, "To the community development fund")).toBe("$0.05")
    // What buyers have not paid yet is shown apart, never added to what reached the cooperatives.
    expect(within(dollars).getByText("Awaiting buyers' payment")).toBeTruthy()
    expect(figure(dollars, "For the cooperatives, once paid")).toBe("$62.00")
    expect(figure(dollars, "For the community fund, once paid")).toBe("$5.00")

    const euros = screen.getByRole("region", { name: "In EUR" })
    expect(within(euros).getByText("€1,234.56")).toBeTruthy()
    expect(figure(euros, "To the community development fund")).toBe("€190.05")
    // Nothing awaiting in euros: no empty "awaiting" block.
    expect(within(euros).queryByText("Awaiting buyers' payment")).toBeNull()

    expect(figure(document.body, "Cooperatives selling here")).toBe("7")
    expect(figure(document.body, "Paid orders so far")).toBe("1,342")
  })

  it("writes the figures the Spanish way for a Spanish reader", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/impact": () => json(impactBody),
    })
    renderFigures("es-ES", "es")
    const euros = await screen.findByRole("region", { name: "En EUR" })
    expect(plain(within(euros).getByText(/€/, { selector: ".impact__amount" }).textContent)).toBe("1234,56 €")
    expect(figure(euros, "Ya pagado a ellas")).toBe("1000,00 €")
    const dollars = screen.getByRole("region", { name: "En USD" })
    expect(within(dollars).getByText("En espera del pago de los compradores")).toBeTruthy()
    expect(figure(dollars, "Para las cooperativas, cuando se pague")).toBe("62,00 US$")
  })

  it("shows the visitor's own currency first and no \"already paid out\" before any payout", async () => {
    const [eur, usd] = impactBody.impact.totals
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/impact": () =>
        json({ impact: { ...impactBody.impact, totals: [{ ...eur!, cooperatives_paid: 0, cooperatives_owed: 123456 }, { currency_code: "gbp", ...zeroes(), cooperatives_earned: 500, cooperatives_owed: 500 }, usd] } }),
    })
    renderFigures("en-US", "en", "usd")
    await screen.findByRole("region", { name: "In USD" })
    const order = [...document.querySelectorAll(".impact__currency")].map((section) => section.getAttribute("aria-label"))
    expect(order).toEqual(["In USD", "In EUR", "In GBP"])
    const euros = screen.getByRole("region", { name: "In EUR" })
    expect(within(euros).queryByText("Already paid out to them")).toBeNull()
    expect(figure(euros, "Still to be paid out to them")).toBe("€1,234.56")
    expect(figure(screen.getByRole("region", { name: "In USD" }), "Already paid out to them")).toBe("$10,000.00")
  })

  it("says there are no sales yet instead of showing zeros", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/impact": () => json({ impact: { totals: [], cooperatives: 7, orders: 0 } }),
    })
    renderFigures("en-US")
    expect(await screen.findByText("No sales yet: the figures will appear with the first order.")).toBeTruthy()
  })

  it("offers Retry when the figures fail to load", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/impact": () => (++calls === 1 ? json({ type: "unknown_error", message: "boom" }, 500) : json(impactBody)),
    })
    renderFigures("en-US")
    expect((await screen.findByRole("alert")).textContent).toContain("We couldn't load the figures.")
    fireEvent.click(screen.getByRole("button", { name: "Retry" }))
    expect(await screen.findByRole("region", { name: "In USD" })).toBeTruthy()
  })
})
