import { fromMinorUnits, toMinorUnits } from "@cis/contract/currency"
import { fireEvent, screen, within } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { detailedProduct, productByHandleBody, revenueSplitBody } from "@/testing/product-detail-fixtures"
import { renderProductDetail } from "./render-product-detail"

// €20.00 in the EU region, whose first country is Germany: Medusa answers the net at 19 % VAT.
const euroScarf = detailedProduct({
  handle: "maize-scarf",
  title: "Maize scarf",
  currencyCode: "eur",
  taxInclusive: true,
  options: [{ title: "Colour", values: ["Maize"] }],
  variants: [{ options: { Colour: "Maize" }, amount: 20, amountWithoutTax: 16.80672268907563, stock: 12 }],
})
const dollarRunner = detailedProduct({
  handle: "festival-runner",
  title: "Festival table runner",
  options: [{ title: "Colour", values: ["Festival"] }],
  variants: [{ options: { Colour: "Festival" }, amount: 18.99, stock: 12 }],
})

function backend(product: ReturnType<typeof detailedProduct>, revenueSplit = () => json(revenueSplitBody)) {
  return stubFetch({
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/products": () => json(productByHandleBody([product])),
    "/store/revenue-split": revenueSplit,
  })
}

async function table() {
  return within(await screen.findByRole("table", { name: "Where your money goes" }))
}

/** The cells after the row's heading: share, per item and, for several items, the line. */
function cells(rows: ReturnType<typeof within>, rowName: string | RegExp) {
  const row = rows.getByRole("rowheader", { name: rowName }).closest("tr")!
  // Intl puts no-break spaces between amount and symbol in many locales.
  return [...row.querySelectorAll("td")].map((cell) => cell.textContent?.replace(/\s/g, " ") ?? null)
}

const cents = (text: string | null, currency: string) => toMinorUnits(text!.replace(/[^\d.]/g, ""), currency)

describe("Where your money goes", () => {
  it("splits a VAT-inclusive euro price on its net, as the ledger will", async () => {
    const fetchMock = backend(euroScarf)
    renderProductDetail({ handle: "maize-scarf", regionId: "reg_eu", countryCode: "de" })

    const rows = await table()
    expect(screen.getByText("Of the €20.00 price, €16.81 before VAT is shared:")).toBeTruthy()
    expect(cells(rows, "Cooperativa Flor de Copinol, the cooperative")).toEqual(["65%", "€10.93"])
    expect(cells(rows, "Community development fund")).toEqual(["5%", "€0.84"])
    expect(cells(rows, "CIS operations")).toEqual(["30%", "€5.04"])
    expect(cells(rows, "Total shared")).toEqual(["100%", "€16.81"])
    expect(screen.getByText("VAT and shipping are not part of the split.")).toBeTruthy()
    expect(requestsTo(fetchMock, "/store/revenue-split")).toHaveLength(1)
  })

  it("splits several items on the line's own net, to the cent, with parts that add up", async () => {
    backend(euroScarf)
    renderProductDetail({ handle: "maize-scarf", regionId: "reg_eu", countryCode: "de" })
    await table()

    fireEvent.change(screen.getByLabelText("Quantity"), { target: { value: "3" } })
    const rows = await table()
    expect(rows.getByRole("columnheader", { name: "For 3" })).toBeTruthy()
    // Medusa's line: 3 × 20 ÷ 1.19 = 50.42; three times the unit's €10.93 would be €32.79.
    const line = ["Cooperativa Flor de Copinol, the cooperative", "Community development fund", "CIS operations"].map(
      (name) => cells(rows, name)[2] ?? null
    )
    expect(line).toEqual(["€32.77", "€2.52", "€15.13"])
    expect(cells(rows, "Total shared")).toEqual(["100%", "€16.81", "€50.42"])
    expect(line.reduce((sum, text) => sum + cents(text, "eur"), 0n)).toBe(5042n)
    expect(screen.getByText("For 3: of €60.00, €50.42 before VAT is shared.")).toBeTruthy()
  })

  it("splits a US dollar price, which excludes tax, whole", async () => {
    backend(dollarRunner)
    renderProductDetail({ handle: "festival-runner" })

    const rows = await table()
    expect(screen.getByText("The whole $18.99 price is shared:")).toBeTruthy()
    const unit = ["Cooperativa Flor de Copinol, the cooperative", "Community development fund", "CIS operations"].map(
      (name) => cells(rows, name)[1] ?? null
    )
    expect(unit).toEqual(["$12.34", "$0.95", "$5.70"])
    expect(fromMinorUnits(unit.reduce((sum, text) => sum + cents(text, "usd"), 0n), "usd")).toBe("18.99")
    expect(screen.getByText("Taxes and shipping, added at checkout, are not part of the split.")).toBeTruthy()

    fireEvent.change(screen.getByLabelText("Quantity"), { target: { value: "2" } })
    expect(cells(rows, "Total shared")).toEqual(["100%", "$18.99", "$37.98"])
    expect(screen.getByText("For 2: $37.98 is shared.")).toBeTruthy()
  })

  it("leaves the cooperative out of a craft nobody was assigned, as the ledger does", async () => {
    backend({ ...dollarRunner, cooperative: null })
    renderProductDetail({ handle: "festival-runner" })

    const rows = await table()
    expect(rows.queryByRole("rowheader", { name: /cooperative/ })).toBeNull()
    expect(cells(rows, "CIS operations")).toEqual(["95%", "$18.04"])
    expect(screen.queryByRole("region", { name: "Made by" })).toBeNull()
  })

  it("says it cannot show the split when Medusa gave no net for a VAT-inclusive price", async () => {
    const noCountry = structuredClone(euroScarf)
    noCountry.variants[0]!.calculated_price.calculated_amount_without_tax = null as unknown as number
    backend(noCountry)
    renderProductDetail({ handle: "maize-scarf", regionId: "reg_eu", countryCode: undefined })

    expect(await screen.findByText("How this price is shared will show once your region's taxes are known.")).toBeTruthy()
    expect(screen.queryByRole("table")).toBeNull()
  })

  it("shows an error with Retry when the fund's share cannot be loaded", async () => {
    let calls = 0
    backend(dollarRunner, () => (++calls === 1 ? json({ type: "unknown_error", message: "Try later." }, 503) : json(revenueSplitBody)))
    renderProductDetail({ handle: "festival-runner" })

    const region = await screen.findByRole("region", { name: "Where your money goes" })
    const alert = await within(region).findByRole("alert")
    expect(alert.textContent).toContain("We couldn't load how the price is shared.")
    // The rest of the page still sells the craft.
    expect(screen.getByRole("button", { name: "Add to cart" })).toBeTruthy()

    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }))
    expect(await screen.findByText("The whole $18.99 price is shared:")).toBeTruthy()
  })

  it("speaks Spanish", async () => {
    backend(euroScarf)
    renderProductDetail({ handle: "maize-scarf", regionId: "reg_eu", countryCode: "de", language: "es", locale: "es-ES" })

    const rows = within(await screen.findByRole("table", { name: "A dónde va su dinero" }))
    expect(screen.getByText("Del precio de 20,00 €, se reparten 16,81 € antes del IVA:")).toBeTruthy()
    expect(cells(rows, "Fondo de desarrollo comunitario")).toEqual(["5 %", "0,84 €"])
    expect(rows.getByRole("rowheader", { name: "Operación del CIS" })).toBeTruthy()
    expect(screen.getByText("El IVA y el envío no forman parte del reparto.")).toBeTruthy()
  })
})
