/**
 * A product as Medusa 2.21 answers `/store/products?handle=…` with the product
 * page's fields: options and their values, variants with their option values,
 * stock and a calculated price (with and without tax when a country was sent),
 * images, categories, and this project's cooperative and craft origin links.
 */

interface VariantSpec {
  /** Option title -> value, as the seed writes variants. */
  options: Record<string, string>
  amount: number
  /** What Medusa's calculateAmountsWithTax gives for the region's first country. */
  amountWithoutTax?: number
  stock?: number | null
  manageInventory?: boolean
  /** Medusa's length, width, height (cm) and weight (g); null when not filled in, as Medusa answers. */
  size?: { length?: number; width?: number; height?: number; weight?: number }
}

interface ProductSpec {
  handle: string
  title: string
  currencyCode?: string
  taxInclusive?: boolean
  options: { title: string; values: string[] }[]
  variants: VariantSpec[]
  images?: string[]
  cooperative?: ReturnType<typeof cooperativeSummary> | null
  craftOrigin?: Record<string, unknown> | null
  /** The product's own weight in grams (the seed sets one on every craft). */
  weight?: number | null
}

export function cooperativeSummary(overrides: Partial<{ name: string; handle: string; share_bps: number }> = {}) {
  return {
    id: "coop_flor",
    handle: "flor-de-copinol",
    name: "Cooperativa Flor de Copinol",
    producer_groups: ["women", "youth"] as ("women" | "youth" | "ex_combatants")[],
    department: "chalatenango" as const,
    share_bps: 6500,
    ...overrides,
  }
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "_")

export function detailedProduct(spec: ProductSpec) {
  const currency = spec.currencyCode ?? "usd"
  const taxInclusive = spec.taxInclusive ?? false
  const id = `prod_${slug(spec.handle)}`
  const options = spec.options.map((option, index) => ({
    id: `opt_${slug(option.title)}`,
    title: option.title,
    values: option.values.map((value, rank) => ({ id: `optval_${slug(option.title)}_${slug(value)}`, value, rank })),
    rank: index,
  }))
  const images = spec.images ?? [`http://localhost:9000/static/${spec.handle}.svg`]
  return {
    id,
    title: spec.title,
    subtitle: `${spec.title}, handmade in El Salvador`,
    handle: spec.handle,
    description: `Woven on a wooden treadle loom.\n\nWash by hand in cold water.`,
    thumbnail: images[0] ?? null,
    length: null,
    width: null,
    height: null,
    weight: spec.weight ?? null,
    options,
    images: images.map((url, rank) => ({ id: `img_${rank}`, url, rank })),
    categories: [{ id: "pcat_textiles", name: "Textiles & hammocks", handle: "textiles-hammocks" }],
    cooperative: spec.cooperative === undefined ? cooperativeSummary() : spec.cooperative,
    craft_origin:
      spec.craftOrigin === undefined
        ? {
            id: "origin_1",
            technique: "Treadle-loom weaving",
            materials: ["cotton", "natural dyes"],
            origin_municipality: "San Sebastián",
            origin_department: "san-vicente",
            production_time: "2 weeks",
            maker_notes: null,
          }
        : spec.craftOrigin,
    variants: spec.variants.map((variant) => {
      const title = Object.values(variant.options).join(" / ")
      const withoutTax = variant.amountWithoutTax ?? variant.amount
      return {
        id: `variant_${slug(title)}`,
        title,
        manage_inventory: variant.manageInventory ?? true,
        length: variant.size?.length ?? null,
        width: variant.size?.width ?? null,
        height: variant.size?.height ?? null,
        weight: variant.size?.weight ?? null,
        ...(variant.manageInventory === false ? {} : { inventory_quantity: variant.stock ?? 0 }),
        options: Object.entries(variant.options).map(([optionTitle, value]) => ({
          id: `optval_${slug(optionTitle)}_${slug(value)}`,
          value,
          option_id: `opt_${slug(optionTitle)}`,
        })),
        calculated_price: {
          id: "pset_x",
          is_calculated_price_price_list: false,
          is_calculated_price_tax_inclusive: taxInclusive,
          calculated_amount: variant.amount,
          // Shelf prices either include VAT or are in a region taxing 0 % (the seed's United States).
          calculated_amount_with_tax: variant.amount,
          calculated_amount_without_tax: withoutTax,
          is_original_price_price_list: false,
          is_original_price_tax_inclusive: taxInclusive,
          original_amount: variant.amount,
          currency_code: currency,
        },
      }
    }),
  }
}

/**
 * Four hammocks but three made: Double in Sea stripes does not exist, Double in
 * Sunset is sold out, Single in Sea has 2 left.
 */
export const hammock = detailedProduct({
  handle: "san-sebastian-hammock",
  title: "San Sebastián Hammock",
  options: [
    { title: "Size", values: ["Single", "Double"] },
    { title: "Colour", values: ["Sunset stripes", "Sea stripes"] },
  ],
  variants: [
    { options: { Size: "Single", Colour: "Sunset stripes" }, amount: 95, stock: 7, size: { length: 200, width: 100, weight: 1500 } },
    { options: { Size: "Single", Colour: "Sea stripes" }, amount: 95, stock: 2, size: { length: 200, width: 100, weight: 1500 } },
    { options: { Size: "Double", Colour: "Sunset stripes" }, amount: 145, stock: 0, size: { length: 220, width: 150, weight: 2100 } },
  ],
  weight: 1800,
})

export function productByHandleBody(products: ReturnType<typeof detailedProduct>[]) {
  return { products, count: products.length, offset: 0, limit: 1 }
}

export const revenueSplitBody = { community_fund_bps: 500 }
