/**
 * Bodies shaped like Medusa 2.21's store API answers (trimmed to the fields
 * the storefront asks for), so the tests exercise the real parsing paths.
 */

export const storefrontConfig = { publishable_key: "pk_test_0123456789" }

const country = (iso2: string, name: string) => ({
  iso_2: iso2,
  iso_3: "",
  num_code: "",
  name: name.toUpperCase(),
  display_name: name,
  region_id: "",
})

export const regionsBody = {
  regions: [
    { id: "reg_us", name: "United States", currency_code: "usd", countries: [country("us", "United States")] },
    {
      id: "reg_eu",
      name: "European Union",
      currency_code: "eur",
      countries: [country("de", "Germany"), country("fr", "France")],
    },
    { id: "reg_sv", name: "El Salvador", currency_code: "usd", countries: [country("sv", "El Salvador")] },
  ],
  count: 3,
  offset: 0,
  limit: 100,
}

function calculatedPrice(amount: number, currencyCode: string) {
  const raw = { value: String(amount), precision: 20 }
  const price = { id: "price_x", price_list_id: null, price_list_type: null, min_quantity: null, max_quantity: null }
  return {
    id: "pset_x",
    is_calculated_price_price_list: false,
    is_calculated_price_tax_inclusive: currencyCode === "eur",
    calculated_amount: amount,
    raw_calculated_amount: raw,
    is_original_price_price_list: false,
    is_original_price_tax_inclusive: currencyCode === "eur",
    original_amount: amount,
    raw_original_amount: raw,
    currency_code: currencyCode,
    calculated_price: price,
    original_price: price,
  }
}

export function product(id: string, title: string, amounts: number[], currencyCode = "usd") {
  return {
    id,
    title,
    subtitle: `${title}, handmade in El Salvador`,
    handle: id.replace("prod_", ""),
    thumbnail: `http://localhost:9000/static/${id}.svg`,
    cooperative: { name: "Cooperativa Flor de Copinol", handle: "flor-de-copinol" },
    variants: amounts.map((amount, index) => ({
      id: `variant_${id}_${index}`,
      calculated_price: calculatedPrice(amount, currencyCode),
    })),
  }
}

export function productsPage(products: ReturnType<typeof product>[], count = products.length, offset = 0) {
  return { products, count, offset, limit: 24 }
}
