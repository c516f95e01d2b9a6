import { fireEvent, screen } from "@testing-library/react"
import { describe, expect, it } from "vitest"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { detailedProduct, hammock, productByHandleBody, revenueSplitBody } from "@/testing/product-detail-fixtures"
import { dimensionsOf, formatSize, formatWeight } from "../utils/dimensions"
import { renderProductDetail } from "./render-product-detail"

function backend(products = [hammock]) {
  return stubFetch({
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/products": () => json(productByHandleBody(products)),
    "/store/revenue-split": () => json(revenueSplitBody),
  })
}

const sizeLine = () => document.querySelector(".product-detail__size")?.textContent

describe("product size", () => {
  it("formats Medusa's centimetres and grams in the reader's language", () => {
    expect(formatSize({ length: 200, width: 100 }, "en-US")).toBe("200 × 100 cm")
    expect(formatSize({ length: 40, width: 10, height: 38 }, "es-SV")).toBe("40 × 10 × 38 cm")
    expect(formatSize({ length: 200, width: null }, "en-US")).toBeUndefined()
    expect(formatWeight({ weight: 450 }, "en-US")).toBe("450 g")
    expect(formatWeight({ weight: 1500 }, "en-US")).toBe("1.5 kg")
    // The decimal mark follows the locale: El Salvador writes a point, Spain a comma.
    expect(formatWeight({ weight: 1500 }, "es-SV")).toBe("1.5 kg")
    expect(formatWeight({ weight: 1500 }, "es-ES")).toBe("1,5 kg")
    expect(formatWeight({ weight: 2000 }, "en-US")).toBe("2 kg")
    expect(formatWeight({ weight: 0 }, "en-US")).toBeUndefined()
    // The variant's figure wins; the product's fills a field the variant leaves empty.
    expect(dimensionsOf({ length: 200, width: 100, weight: null }, { weight: 1800, length: null })).toEqual({ length: 200, width: 100, height: null, weight: 1800 })
    expect(dimensionsOf(undefined, { weight: 1800 })).toEqual({ length: null, width: null, height: null, weight: 1800 })
  })

  it("asks Medusa for the dimension fields and shows the chosen variant's size beside it", async () => {
    const fetchMock = backend()
    renderProductDetail()
    await screen.findByRole("heading", { level: 1 })

    expect(sizeLine()).toBe("Size: 200 × 100 cm · Weight: 1.5 kg")
    fireEvent.click(screen.getByRole("radio", { name: "Double (sold out)" }))
    expect(sizeLine()).toBe("Size: 220 × 150 cm · Weight: 2.1 kg")

    const fields = requestsTo(fetchMock, "/store/products")[0]?.url.searchParams.get("fields")?.split(",")
    for (const field of ["length", "width", "height", "weight", "variants.length", "variants.width", "variants.height", "variants.weight"]) {
      expect(fields).toContain(field)
    }
  })

  it("speaks Spanish", async () => {
    backend()
    renderProductDetail({ language: "es", locale: "es-SV" })
    await screen.findByRole("heading", { level: 1 })
    expect(sizeLine()).toBe("Tamaño: 200 × 100 cm · Peso: 1.5 kg")
  })

  it("shows no weight alone: a small craft's weight would only push Add to cart down a phone's screen", async () => {
    const weighedOnly = detailedProduct({
      handle: "san-sebastian-hammock",
      title: "San Sebastián Hammock",
      options: [{ title: "Colour", values: ["Sea stripes"] }],
      variants: [{ options: { Colour: "Sea stripes" }, amount: 95, stock: 3 }],
    })
    backend([{ ...weighedOnly, weight: 12 }])
    renderProductDetail()
    await screen.findByRole("heading", { level: 1 })
    expect(sizeLine()).toBeUndefined()
  })

  it("shows nothing when the size is unknown", async () => {
    const unsized = detailedProduct({
      handle: "san-sebastian-hammock",
      title: "San Sebastián Hammock",
      options: [{ title: "Colour", values: ["Sea stripes"] }],
      variants: [{ options: { Colour: "Sea stripes" }, amount: 95, stock: 3 }],
    })
    backend([unsized])
    renderProductDetail()
    await screen.findByRole("heading", { level: 1 })
    expect(sizeLine()).toBeUndefined()
    expect(screen.queryByText(/^Size:|^Weight:/)).toBeNull()
  })
})
