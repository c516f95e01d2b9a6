/**
 * The regions CIS sells to. Shipping prices are integer minor units of the
 * region's currency; tax rates are the standard national rates, written as
 * percentages the way Medusa's tax module takes them.
 */
export interface RegionSeed {
  name: string
  currency_code: "usd" | "cad" | "eur" | "gbp"
  countries: string[]
  /** Europeans expect shelf prices with VAT included; North Americans without. */
  is_tax_inclusive: boolean
  tax: Record<string, { rate: number; name: string }>
  shipping: { standard: number; express: number }
}

export const REGIONS: RegionSeed[] = [
  {
    name: "United States",
    currency_code: "usd",
    countries: ["us"],
    is_tax_inclusive: false,
    // Sales tax is set per state; the demo starts with none at country level.
    tax: { us: { rate: 0, name: "Sales tax" } },
    shipping: { standard: 1500, express: 3500 },
  },
  {
    name: "Canada",
    currency_code: "cad",
    countries: ["ca"],
    is_tax_inclusive: false,
    tax: { ca: { rate: 5, name: "GST" } },
    shipping: { standard: 2000, express: 4500 },
  },
  {
    name: "European Union",
    currency_code: "eur",
    countries: ["de", "fr", "es", "it", "nl", "be", "at", "ie"],
    is_tax_inclusive: true,
    tax: {
      de: { rate: 19, name: "MwSt." },
      fr: { rate: 20, name: "TVA" },
      es: { rate: 21, name: "IVA" },
      it: { rate: 22, name: "IVA" },
      nl: { rate: 21, name: "btw" },
      be: { rate: 21, name: "TVA/btw" },
      at: { rate: 20, name: "USt." },
      ie: { rate: 23, name: "VAT" },
    },
    shipping: { standard: 1400, express: 3200 },
  },
  {
    name: "United Kingdom",
    currency_code: "gbp",
    countries: ["gb"],
    is_tax_inclusive: true,
    tax: { gb: { rate: 20, name: "VAT" } },
    shipping: { standard: 1200, express: 2900 },
  },
  {
    name: "El Salvador",
    currency_code: "usd",
    countries: ["sv"],
    is_tax_inclusive: false,
    tax: { sv: { rate: 13, name: "IVA" } },
    shipping: { standard: 300, express: 800 },
  },
]

export const STORE_CURRENCIES = ["usd", "cad", "eur", "gbp"] as const

/** Currencies whose product prices include VAT (those of the tax-inclusive regions above). */
export const TAX_INCLUSIVE_CURRENCIES: ReadonlySet<string> = new Set(
  REGIONS.filter((region) => region.is_tax_inclusive).map((region) => region.currency_code)
)
