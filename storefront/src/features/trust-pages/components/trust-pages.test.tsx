import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { render, screen, within } from "@testing-library/react"
import type { ReactNode } from "react"
import { MemoryRouter } from "react-router-dom"
import { describe, expect, it } from "vitest"
import { LanguageProvider, type Language } from "@/lib/i18n"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { PurchasePromises } from "./purchase-promises"
import { blocksOf } from "./trust-page-body"
import { TrustLinks } from "./trust-links"
import { TrustPageView } from "./trust-page-view"

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

const shippingEs = {
  slug: "shipping",
  locale: "es",
  title: "Envíos",
  summary: "Sale de San Salvador en 3 días hábiles.",
  body: "Cada pedido se empaca a mano.\n\nTiempos por región:\n- Estados Unidos: 7-12 días\n- Canadá: 8-12 días\n\n<script>alert(1)</script>",
  updated_at: "2026-12-01T10:00:00.000Z",
}

describe("trust pages", () => {
  it("reads paragraphs, lists and line breaks from the plain text staff write", () => {
    expect(blocksOf("Uno\ndos\n\n- a\n- b\nTres\n\n\n  \nCuatro")).toEqual([
      { kind: "paragraph", lines: ["Uno", "dos"] },
      { kind: "list", items: ["a", "b"] },
      { kind: "paragraph", lines: ["Tres"] },
      { kind: "paragraph", lines: ["Cuatro"] },
    ])
  })

  it("shows a page in the buyer's language, as text (never as HTML)", async () => {
    const fetchMock = stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/trust-pages/shipping": () => json({ trust_page: shippingEs }),
    })
    const { container } = renderWith(<TrustPageView slug="shipping" />, "es")
    expect(screen.getByRole("status").textContent).toBe("Cargando la página…")
    expect(await screen.findByRole("heading", { level: 1, name: "Envíos" })).toBeTruthy()
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(["Estados Unidos: 7-12 días", "Canadá: 8-12 días"])
    expect(screen.getByText("<script>alert(1)</script>")).toBeTruthy()
    expect(container.querySelector("script")).toBeNull()
    expect(screen.getByText(/^Actualizada el 1 de diciembre de 2026$/)).toBeTruthy()
    expect(requestsTo(fetchMock, "/store/trust-pages/shipping")[0]?.url.searchParams.get("locale")).toBe("es")
  })

  it("says a page the store does not have was not found, with a way on", async () => {
    stubFetch({ "/public/storefront-config": () => json(storefrontConfig) })
    renderWith(<TrustPageView slug="refunds" />)
    expect(await screen.findByRole("heading", { name: "We couldn't find that page." })).toBeTruthy()
    expect(screen.getByRole("link").getAttribute("href")).toBe("/shop")
  })

  it("puts the shipping and returns summaries beside Add to cart, each linking to its page", async () => {
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/trust-pages": (url) =>
        json({
          locale: url.searchParams.get("locale"),
          trust_pages: [
            { slug: "about", title: "About CIS", summary: "A solidarity center." },
            { slug: "shipping", title: "Shipping", summary: "Arrives in 7-12 business days in the US." },
            { slug: "returns", title: "Returns", summary: "Return any craft within 30 days." },
          ],
        }),
    })
    renderWith(<PurchasePromises />)
    const promises = screen.getByRole("region", { name: "Delivery and returns" })
    // The links are there before the summaries arrive: the pages are readable whatever the API does.
    expect(within(promises).getByRole("link", { name: "Shipping times and costs" }).getAttribute("href")).toBe("/pages/shipping")
    expect(await within(promises).findByText(/Arrives in 7-12 business days in the US\./)).toBeTruthy()
    expect(within(promises).getByText(/Return any craft within 30 days\./)).toBeTruthy()
    expect(within(promises).getByRole("link", { name: "Returns policy" }).getAttribute("href")).toBe("/pages/returns")
    expect(within(promises).queryByText(/solidarity center/)).toBeNull()
  })

  it("links every trust page from the footer in Spanish without asking the API", () => {
    const fetchMock = stubFetch({})
    renderWith(<TrustLinks />, "es")
    const nav = screen.getByRole("navigation", { name: "Sobre la tienda" })
    expect(within(nav).getAllByRole("link").map((link) => [link.textContent, link.getAttribute("href")])).toEqual([
      ["Sobre el CIS", "/pages/about"],
      ["Envíos", "/pages/shipping"],
      ["Devoluciones", "/pages/returns"],
      ["Privacidad", "/pages/privacy"],
      ["Contacto", "/pages/contact"],
    ])
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
