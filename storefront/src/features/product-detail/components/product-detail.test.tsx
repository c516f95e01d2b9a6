import { fireEvent, screen, waitFor, within } from "@testing-library/react"
import { describe, expect, it, vi } from "vitest"
import { json, requestsTo, stubFetch } from "@/testing/fake-backend"
import { storefrontConfig } from "@/testing/medusa-fixtures"
import { detailedProduct, hammock, productByHandleBody, revenueSplitBody } from "@/testing/product-detail-fixtures"
import { renderProductDetail } from "./render-product-detail"

function backend(products = [hammock]) {
  return stubFetch({
    "/public/storefront-config": () => json(storefrontConfig),
    "/store/products": () => json(productByHandleBody(products)),
    "/store/revenue-split": () => json(revenueSplitBody),
  })
}

const addButton = () => screen.getByRole("button", { name: /Add to cart|Adding…/ })
// The price line reads "Price: $95.00" to a screen reader; the breakdown below repeats the amount.
const shownPrice = (text: string) => screen.getByText((_, element) => element?.tagName === "P" && element.textContent === text)
const quantityInput = () => screen.getByLabelText<HTMLInputElement>("Quantity")

describe("ProductDetail", () => {
  it("shows a skeleton, then the craft priced for the buyer's region", async () => {
    const fetchMock = backend()
    renderProductDetail()

    expect(screen.getByRole("status").textContent).toBe("Loading the craft…")
    expect(await screen.findByRole("heading", { level: 1, name: "San Sebastián Hammock" })).toBeTruthy()
    expect(shownPrice("Price: $95.00")).toBeTruthy()
    expect(screen.getByText("In stock")).toBeTruthy()
    expect(screen.getByText("Wash by hand in cold water.")).toBeTruthy()
    expect(screen.getByRole("img", { name: "San Sebastián Hammock" }).getAttribute("src")).toBe(
      "http://localhost:9000/static/san-sebastian-hammock.svg"
    )

    const [request] = requestsTo(fetchMock, "/store/products")
    const params = request?.url.searchParams
    expect(params?.get("handle")).toBe("san-sebastian-hammock")
    expect(params?.get("region_id")).toBe("reg_us")
    expect(params?.get("country_code")).toBe("us")
    for (const field of ["*variants.calculated_price", "+variants.inventory_quantity", "*variants.options", "*options.values", "*cooperative", "*craft_origin"]) {
      expect(params?.get("fields")).toContain(field)
    }
  })

  it("shows who made the craft and how, leaving out what was not recorded", async () => {
    backend()
    renderProductDetail()

    const madeBy = await screen.findByRole("region", { name: "Made by" })
    expect(within(madeBy).getByRole("link", { name: "Cooperativa Flor de Copinol" }).getAttribute("href")).toBe(
      "/cooperatives/flor-de-copinol"
    )
    expect(within(within(madeBy).getByRole("list", { name: "Producer groups" })).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "Women",
      "Youth",
    ])
    expect(within(madeBy).getByText("Department of Chalatenango, El Salvador")).toBeTruthy()

    const origin = screen.getByRole("region", { name: "How it is made" })
    const details = [...origin.querySelectorAll("dt")].map((dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`)
    expect(details).toEqual([
      "Technique: Treadle-loom weaving",
      "Materials: cotton and natural dyes",
      "Made in: San Sebastián, San Vicente",
      "Time to make: 2 weeks",
    ])
  })

  it("chooses the variant from the options and says which choices cannot be bought", async () => {
    backend()
    const { onAddToCart } = renderProductDetail()
    await screen.findByRole("heading", { level: 1 })

    expect(screen.getByRole("group", { name: "Size" })).toBeTruthy()
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Single" }).checked).toBe(true)
    expect(screen.getByRole<HTMLInputElement>("radio", { name: "Sunset stripes" }).checked).toBe(true)
    expect(screen.getByRole("radio", { name: "Double (sold out)" })).toBeTruthy()
    // The note is an inline-block, which drops a leading space of its own: the space must come before it.
    const note = screen.getByRole("radio", { name: "Double (sold out)" }).parentElement!.querySelector(".variant-picker__note")!
    expect(note.textContent).toBe("(sold out)")
    expect(note.previousSibling?.textContent).toMatch(/ $/)

    fireEvent.click(screen.getByRole("radio", { name: "Sea stripes" }))
    expect(screen.getByText("Only 2 left")).toBeTruthy()
    expect(screen.getByRole("radio", { name: "Double (not made with your other choices)" })).toBeTruthy()
    fireEvent.click(addButton())
    await waitFor(() => expect(onAddToCart).toHaveBeenCalledWith("variant_single_sea_stripes", 1))

    fireEvent.click(screen.getByRole("radio", { name: "Double (not made with your other choices)" }))
    expect(screen.getByText("This combination is not made. Please choose another.")).toBeTruthy()
    expect(screen.queryByRole("button", { name: "Add to cart" })).toBeNull()

    fireEvent.click(screen.getByRole("radio", { name: "Sunset stripes (sold out)" }))
    expect(shownPrice("Price: $145.00")).toBeTruthy()
    expect(screen.getByText("Out of stock")).toBeTruthy()
    expect(addButton().hasAttribute("disabled")).toBe(true)
    expect(quantityInput().disabled).toBe(true)
  })

  it("never lets the buyer add more than is in stock", async () => {
    backend()
    const { onAddToCart } = renderProductDetail()
    await screen.findByRole("heading", { level: 1 })

    fireEvent.change(quantityInput(), { target: { value: "6" } })
    // The chosen hammock has 7; the one in Sea stripes only 2, so the quantity drops to 2.
    fireEvent.click(screen.getByRole("radio", { name: "Sea stripes" }))
    expect(quantityInput().value).toBe("2")
    expect(quantityInput().max).toBe("2")

    fireEvent.change(quantityInput(), { target: { value: "3" } })
    expect(screen.getByText("Only 2 available: please choose 2 or fewer.")).toBeTruthy()
    expect(quantityInput().getAttribute("aria-invalid")).toBe("true")
    expect(addButton().hasAttribute("disabled")).toBe(true)
    fireEvent.submit(quantityInput().form!)
    expect(onAddToCart).not.toHaveBeenCalled()

    fireEvent.change(quantityInput(), { target: { value: "0" } })
    expect(screen.getByText("Enter a whole number, 1 or more.")).toBeTruthy()

    fireEvent.change(quantityInput(), { target: { value: "2" } })
    expect(addButton().hasAttribute("disabled")).toBe(false)
    fireEvent.click(addButton())
    await waitFor(() => expect(onAddToCart).toHaveBeenCalledWith("variant_single_sea_stripes", 2))
  })

  it("takes any quantity of a variant whose stock is not managed", async () => {
    const madeToOrder = detailedProduct({
      handle: "san-sebastian-hammock",
      title: "Made-to-order hammock",
      options: [{ title: "Size", values: ["One size"] }],
      variants: [{ options: { Size: "One size" }, amount: 120, manageInventory: false }],
    })
    backend([madeToOrder])
    renderProductDetail()

    expect(await screen.findByText("Available")).toBeTruthy()
    expect(screen.getByText("Size: One size")).toBeTruthy()
    expect(quantityInput().max).toBe("")
    fireEvent.change(quantityInput(), { target: { value: "40" } })
    expect(addButton().hasAttribute("disabled")).toBe(false)
  })

  it("shows Adding… while the cart answers, then a link to the cart", async () => {
    backend()
    let finish = () => {}
    const onAddToCart = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)))
    renderProductDetail({ onAddToCart })
    await screen.findByRole("heading", { level: 1 })

    fireEvent.change(quantityInput(), { target: { value: "3" } })
    fireEvent.click(addButton())
    expect(addButton().textContent).toBe("Adding…")
    expect(addButton().hasAttribute("disabled")).toBe(true)
    fireEvent.click(addButton())
    expect(onAddToCart).toHaveBeenCalledTimes(1)
    expect(onAddToCart).toHaveBeenCalledWith("variant_single_sunset_stripes", 3)

    finish()
    expect(await screen.findByText("Added to your cart.")).toBeTruthy()
    expect(screen.getByRole("link", { name: "View your cart" }).getAttribute("href")).toBe("/cart")
    expect(addButton().textContent).toBe("Add to cart")
  })

  it("says so when the cart refuses, and lets the buyer try again", async () => {
    backend()
    const onAddToCart = vi.fn().mockRejectedValueOnce(new Error("The cart is closed.")).mockResolvedValueOnce(undefined)
    renderProductDetail({ onAddToCart })
    await screen.findByRole("heading", { level: 1 })

    fireEvent.click(addButton())
    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("We couldn't add this to your cart.")
    expect(alert.textContent).toContain("The cart is closed.")
    expect(addButton().hasAttribute("disabled")).toBe(false)

    fireEvent.click(addButton())
    expect(await screen.findByText("Added to your cart.")).toBeTruthy()
    expect(screen.queryByRole("alert")).toBeNull()
  })

  it("shows every image with thumbnails a keyboard can reach", async () => {
    const twoViews = detailedProduct({
      ...{ handle: "san-sebastian-hammock", title: "Hammock" },
      options: [{ title: "Size", values: ["One size"] }],
      variants: [{ options: { Size: "One size" }, amount: 95, stock: 3 }],
      images: ["http://localhost:9000/static/front.svg", "http://localhost:9000/static/detail.svg"],
    })
    backend([twoViews])
    renderProductDetail()

    const main = await screen.findByRole("img", { name: "Hammock, image 1 of 2" })
    const thumbnails = within(screen.getByRole("list", { name: "Images of Hammock" })).getAllByRole("button")
    expect(thumbnails.map((button) => button.getAttribute("aria-pressed"))).toEqual(["true", "false"])
    expect(screen.getByRole("button", { name: "Show image 2 of 2" })).toBe(thumbnails[1])

    fireEvent.click(thumbnails[1]!)
    expect(main.getAttribute("src")).toBe("http://localhost:9000/static/detail.svg")
    expect(main.getAttribute("alt")).toBe("Hammock, image 2 of 2")
    expect(thumbnails[1]!.getAttribute("aria-pressed")).toBe("true")
  })

  it("says the craft was not found, with a way back to the shop", async () => {
    backend([])
    renderProductDetail({ handle: "no-such-craft" })
    expect(await screen.findByRole("heading", { name: "We couldn't find this craft." })).toBeTruthy()
    expect(screen.getByRole("link", { name: "See all the crafts in the shop" }).getAttribute("href")).toBe("/shop")
  })

  it("shows the error with a Retry button that loads the craft again", async () => {
    let calls = 0
    stubFetch({
      "/public/storefront-config": () => json(storefrontConfig),
      "/store/products": () =>
        ++calls === 1 ? json({ type: "unknown_error", message: "An unknown error occurred." }, 500) : json(productByHandleBody([hammock])),
      "/store/revenue-split": () => json(revenueSplitBody),
    })
    renderProductDetail()

    const alert = await screen.findByRole("alert")
    expect(alert.textContent).toContain("We couldn't load this craft.")
    expect(alert.textContent).toContain("HTTP 500")
    fireEvent.click(within(alert).getByRole("button", { name: "Retry" }))
    expect(await screen.findByRole("heading", { level: 1, name: "San Sebastián Hammock" })).toBeTruthy()
  })

  it("waits with the skeleton, asking for nothing, until a region is chosen", () => {
    const fetchMock = stubFetch({})
    renderProductDetail({ regionId: undefined })
    expect(screen.getByTestId("product-skeleton")).toBeTruthy()
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it("speaks Spanish", async () => {
    backend()
    renderProductDetail({ language: "es", locale: "es-SV" })

    expect(screen.getByRole("status").textContent).toBe("Cargando la artesanía…")
    expect(await screen.findByRole("button", { name: "Agregar al carrito" })).toBeTruthy()
    expect(screen.getByLabelText("Cantidad")).toBeTruthy()
    expect(screen.getByText("Disponible")).toBeTruthy()
    expect(screen.getByText("Los impuestos y el envío se suman al pagar.")).toBeTruthy()
    expect(screen.getByRole("radio", { name: "Double (agotado)" })).toBeTruthy()
    fireEvent.click(screen.getByRole("radio", { name: "Sea stripes" }))
    expect(screen.getByText("Solo quedan 2")).toBeTruthy()

    const madeBy = screen.getByRole("region", { name: "Hecho por" })
    expect(within(madeBy).getByRole("list", { name: "Grupos productores" }).textContent).toBe("MujeresJóvenes")
    expect(within(madeBy).getByText("Departamento de Chalatenango, El Salvador")).toBeTruthy()
    expect(screen.getByRole("region", { name: "Cómo se hace" }).textContent).toContain("Técnica")
    expect(await screen.findByRole("region", { name: "A dónde va su dinero" })).toBeTruthy()
    expect(await screen.findByText("Se reparte todo el precio de $95.00:")).toBeTruthy()
  })
})
