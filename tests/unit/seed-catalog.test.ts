import { CATEGORIES, PRODUCTS, type CraftCategoryHandle, type ProductSeed } from "../../src/scripts/seed/catalog-data"
import { VARIANT_DIMENSIONS } from "../../src/scripts/seed/dimensions-data"
import { illustrate } from "../../src/scripts/seed/illustrations"
import {
  CATEGORIES_ES,
  LANGUAGE_NEUTRAL_OPTION_WORD,
  OPTION_WORDS_ES,
  PRODUCTS_ES,
  optionTextEs,
} from "../../src/scripts/seed/catalog-data-es"

const DEPARTMENTS = [
  "Ahuachapán",
  "Santa Ana",
  "Sonsonate",
  "Chalatenango",
  "La Libertad",
  "San Salvador",
  "Cuscatlán",
  "La Paz",
  "Cabañas",
  "San Vicente",
  "Usulután",
  "San Miguel",
  "Morazán",
  "La Unión",
]

const CATEGORY_HANDLES: CraftCategoryHandle[] = [
  "pottery",
  "textiles-hammocks",
  "painted-wood",
  "indigo",
  "jewelry",
  "baskets",
]

const allVariants = PRODUCTS.flatMap((product) => product.variants.map((variant) => ({ product, variant })))

/** Checks that every opening tag has its closing tag, in order; self-closing tags stand alone. */
function tagsBalance(svg: string): boolean {
  const stack: string[] = []
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match
    if (selfClosing) continue
    if (!closing) stack.push(name)
    else if (stack.pop() !== name) return false
  }
  return stack.length === 0
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&")

/** The drawing without the <title>, so two products can be compared on what they show. */
const drawingOnly = (svg: string) => svg.replace(/<title>.*?<\/title>/, "")

describe("demo catalog data", () => {
  it("has the six categories, each used by at least four products", () => {
    expect(CATEGORIES.map((c) => c.handle).sort()).toEqual([...CATEGORY_HANDLES].sort())
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(30)
    for (const handle of CATEGORY_HANDLES) {
      expect(PRODUCTS.filter((p) => p.category === handle).length).toBeGreaterThanOrEqual(4)
    }
  })

  it("has unique, URL-safe handles", () => {
    const handles = PRODUCTS.map((p) => p.handle)
    expect(new Set(handles).size).toBe(handles.length)
    for (const handle of handles) expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })

  it("has unique uppercase SKUs across the whole catalog", () => {
    const skus = allVariants.map(({ variant }) => variant.sku)
    expect(new Set(skus).size).toBe(skus.length)
    for (const sku of skus) expect(sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
  })

  it("gives every product 1 to 4 variants whose options match the product's options exactly", () => {
    for (const product of PRODUCTS) {
      expect(product.variants.length).toBeGreaterThanOrEqual(1)
      expect(product.variants.length).toBeLessThanOrEqual(4)
      const titles = product.options.map((o) => o.title).sort()
      expect(new Set(titles).size).toBe(titles.length)
      const combinations = new Set<string>()
      for (const variant of product.variants) {
        expect(Object.keys(variant.options).sort()).toEqual(titles)
        for (const option of product.options) {
          expect(option.values).toContain(variant.options[option.title])
        }
        combinations.add(JSON.stringify(product.options.map((o) => variant.options[o.title])))
      }
      // No two variants of one product may share an option combination.
      expect(combinations.size).toBe(product.variants.length)
    }
  })

  it("prices every variant in positive integer minor units in all four currencies", () => {
    for (const { variant } of allVariants) {
      expect(Object.keys(variant.prices).sort()).toEqual(["cad", "eur", "gbp", "usd"])
      for (const amount of Object.values(variant.prices)) {
        expect(Number.isInteger(amount)).toBe(true)
        expect(amount).toBeGreaterThan(0)
      }
    }
  })

  it("keeps stock as non-negative integers, with some sold-out and some low-stock variants", () => {
    for (const { variant } of allVariants) {
      expect(Number.isInteger(variant.stock)).toBe(true)
      expect(variant.stock).toBeGreaterThanOrEqual(0)
    }
    const stocks = allVariants.map(({ variant }) => variant.stock)
    expect(stocks.some((s) => s === 0)).toBe(true)
    expect(stocks.some((s) => s >= 1 && s <= 3)).toBe(true)
  })

  it("places every product in one of El Salvador's 14 departments", () => {
    expect(DEPARTMENTS).toHaveLength(14)
    for (const product of PRODUCTS) {
      expect(DEPARTMENTS).toContain(product.origin.department)
      expect(product.origin.municipality.trim()).not.toBe("")
    }
  })

  it("covers the named craft traditions", () => {
    const text = PRODUCTS.map((p) => `${p.tradition} ${p.origin.municipality}`).join(" | ")
    for (const place of ["La Palma", "Ilobasco", "Guatajiagua", "San Sebastián", "Nahuizalco", "Suchitoto"]) {
      expect(text).toContain(place)
    }
  })

  it("writes descriptions as two paragraphs and palettes as hex colours", () => {
    for (const product of PRODUCTS) {
      expect(product.description.split("\n\n")).toHaveLength(2)
      for (const colour of product.palette) expect(colour).toMatch(/^#[0-9a-fA-F]{6}$/)
    }
  })
})

describe("illustrate", () => {
  const svgs = PRODUCTS.map((product) => ({ product, svg: illustrate(product) }))

  it("is deterministic", () => {
    for (const { product, svg } of svgs) expect(illustrate(product)).toBe(svg)
  })

  it("returns a self-contained, well-formed-looking SVG under 6 KB", () => {
    for (const { product, svg } of svgs) {
      expect(svg.startsWith("<svg")).toBe(true)
      expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"')
      expect(svg).toContain('viewBox="0 0 800 800"')
      expect(svg.trimEnd().endsWith("</svg>")).toBe(true)
      expect(tagsBalance(svg)).toBe(true)
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', "")).not.toMatch(/http/i)
      expect(svg).not.toMatch(/<image|<text|href=/)
      expect(svg).not.toMatch(/NaN|undefined|Infinity/)
      expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(6 * 1024)
      expect(unescapeXml(/<title>(.*?)<\/title>/.exec(svg)?.[1] ?? "")).toBe(product.title)
    }
  })

  it("escapes the title", () => {
    const product: ProductSeed = { ...PRODUCTS[0], title: `Pots & "jars" <big>` }
    expect(illustrate(product)).toContain("<title>Pots &amp; &quot;jars&quot; &lt;big&gt;</title>")
  })

  it("draws products of the same category differently, even with identical palettes", () => {
    for (const handle of CATEGORY_HANDLES) {
      const [a, b] = svgs.filter(({ product }) => product.category === handle)
      expect(drawingOnly(a.svg)).not.toBe(drawingOnly(b.svg))
      // Only the handle differs here, so the difference must come from the hash.
      const twin: ProductSeed = { ...a.product, handle: `${a.product.handle}-twin` }
      expect(drawingOnly(illustrate(twin))).not.toBe(drawingOnly(a.svg))
    }
  })
})

describe("the catalog's Spanish", () => {
  it("has a title, subtitle and two-paragraph description for every product, and nothing for unknown ones", () => {
    expect(Object.keys(PRODUCTS_ES).sort()).toEqual(PRODUCTS.map((product) => product.handle).sort())
    for (const product of PRODUCTS) {
      const spanish = PRODUCTS_ES[product.handle]!
      expect(spanish.title.trim()).not.toBe("")
      expect(spanish.title).not.toBe(product.title)
      expect(spanish.subtitle.trim()).not.toBe("")
      expect(spanish.description.split("\n\n")).toHaveLength(2)
    }
  })

  it("names and describes every craft category", () => {
    for (const category of CATEGORIES) {
      expect(CATEGORIES_ES[category.handle].name).not.toBe(category.name)
      expect(CATEGORIES_ES[category.handle].description.trim()).not.toBe("")
    }
  })

  it("has Spanish for every option name and value and every variant title, unless it reads the same (cm, S-XL)", () => {
    const words = PRODUCTS.flatMap((product) => [
      ...product.options.flatMap((option) => [option.title, ...option.values]),
      ...product.variants.flatMap((variant) => variant.title.split(" / ")),
    ])
    const missing = words.filter((word) => !(word in OPTION_WORDS_ES) && !LANGUAGE_NEUTRAL_OPTION_WORD.test(word))
    expect([...new Set(missing)]).toEqual([])
    expect(optionTextEs("Single / Sea stripes")).toBe("Individual / Rayas de mar")
    expect(optionTextEs("150 × 220 cm")).toBeUndefined()
  })
})

describe("the catalog's sizes", () => {
  const variants = PRODUCTS.flatMap((product) => product.variants.map((variant) => ({ product, variant })))

  it("belong to variants the catalog has, in whole positive centimetres and grams", () => {
    const skus = new Set(variants.map(({ variant }) => variant.sku))
    for (const [sku, size] of Object.entries(VARIANT_DIMENSIONS)) {
      expect([sku, skus.has(sku)]).toEqual([sku, true])
      for (const value of Object.values(size)) expect([sku, Number.isInteger(value) && value > 0]).toEqual([sku, true])
    }
    expect(VARIANT_DIMENSIONS["SS-HAM-SGL-SUN"]).toMatchObject({ length: 200, width: 100 })
  })

  it("read the same as a size written in the variant's name or the description", () => {
    for (const { product, variant } of variants) {
      const size = VARIANT_DIMENSIONS[variant.sku]
      const written = Object.values(variant.options).find((value) => / × .* cm$/.test(value)) ?? product.description.match(/(\d+ × \d+ cm)/)?.[1]
      if (!written) continue
      expect([variant.sku, size && `${size.length} × ${size.width} cm`]).toEqual([variant.sku, written])
    }
  })
})
