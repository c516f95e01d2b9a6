import {
  DEPARTMENT_CODES,
  HANDLE_PATTERN,
  PAYOUT_METHODS,
  PRODUCER_GROUPS,
  REFUND_POLICIES,
} from "@cis/contract/cooperative-vocabulary"
import { DEFAULT_COMMUNITY_FUND_BPS, sharesProblem } from "@cis/contract/split-shares"
import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { illustrateCooperative } from "../../src/scripts/seed/cooperative-illustrations"
import { COOPERATIVES, PRODUCT_COOPERATIVE } from "../../src/scripts/seed/cooperatives-data"

const XMLNS = "http://www.w3.org/2000/svg"
const handles = COOPERATIVES.map((c) => c.handle)

describe("demo cooperatives", () => {
  it("has at least seven cooperatives with unique, URL-safe handles", () => {
    expect(COOPERATIVES.length).toBeGreaterThanOrEqual(7)
    expect(new Set(handles).size).toBe(handles.length)
    for (const handle of handles) expect(handle).toMatch(HANDLE_PATTERN)
  })

  it("spreads across at least six valid departments", () => {
    for (const c of COOPERATIVES) expect(DEPARTMENT_CODES).toContain(c.department)
    expect(new Set(COOPERATIVES.map((c) => c.department)).size).toBeGreaterThanOrEqual(6)
  })

  it("gives every cooperative one to three distinct producer groups, each group used at least twice", () => {
    for (const c of COOPERATIVES) {
      expect(c.producer_groups.length).toBeGreaterThanOrEqual(1)
      expect(c.producer_groups.length).toBeLessThanOrEqual(3)
      expect(new Set(c.producer_groups).size).toBe(c.producer_groups.length)
      for (const group of c.producer_groups) expect(PRODUCER_GROUPS).toContain(group)
    }
    for (const group of PRODUCER_GROUPS) {
      expect(COOPERATIVES.filter((c) => c.producer_groups.includes(group)).length).toBeGreaterThanOrEqual(2)
    }
  })

  it("keeps each share between 55 % and 70 %, compatible with the default community fund", () => {
    for (const c of COOPERATIVES) {
      expect(Number.isInteger(c.share_bps)).toBe(true)
      expect(c.share_bps).toBeGreaterThanOrEqual(5500)
      expect(c.share_bps).toBeLessThanOrEqual(7000)
      expect(sharesProblem(c.share_bps, DEFAULT_COMMUNITY_FUND_BPS)).toBeUndefined()
    }
  })

  it("has exactly one chargeback cooperative, and only known refund policies and payout methods", () => {
    for (const c of COOPERATIVES) {
      expect(REFUND_POLICIES).toContain(c.refund_policy)
      expect(PAYOUT_METHODS).toContain(c.payout_method)
    }
    const chargebacks = COOPERATIVES.filter((c) => c.refund_policy === "chargeback")
    expect(chargebacks).toHaveLength(1)
    expect(chargebacks[0].internal_notes ?? "").toMatch(/assembly/i)
  })

  it("tells each story in both languages, and the two differ", () => {
    for (const c of COOPERATIVES) {
      expect(c.story_en.trim()).not.toBe("")
      expect(c.story_es.trim()).not.toBe("")
      expect(c.story_es).not.toBe(c.story_en)
      expect(c.name.trim()).not.toBe("")
    }
  })

  it("uses only fictional contact data: +503 phones and example.org emails", () => {
    for (const c of COOPERATIVES) {
      expect(c.contact_phone).toMatch(/^\+503 /)
      expect(c.contact_email).toMatch(/@example\.org$/)
      if (c.payout_method === "cash") expect(c.bank_details).toBeNull()
    }
  })
})

describe("product to cooperative mapping", () => {
  it("maps every product to a real cooperative", () => {
    for (const product of PRODUCTS) {
      expect(PRODUCT_COOPERATIVE[product.handle]).toBeDefined()
    }
    for (const cooperative of Object.values(PRODUCT_COOPERATIVE)) expect(handles).toContain(cooperative)
  })

  it("maps only products that exist", () => {
    const productHandles = new Set(PRODUCTS.map((p) => p.handle))
    for (const product of Object.keys(PRODUCT_COOPERATIVE)) expect(productHandles.has(product)).toBe(true)
  })

  it("gives every cooperative at least one product", () => {
    const used = new Set(Object.values(PRODUCT_COOPERATIVE))
    for (const handle of handles) expect(used.has(handle)).toBe(true)
  })
})

describe("cooperative banners", () => {
  it("are deterministic, small, self-contained SVGs", () => {
    for (const c of COOPERATIVES) {
      const svg = illustrateCooperative(c)
      expect(illustrateCooperative(c)).toBe(svg)
      expect(svg.startsWith(`<svg xmlns="${XMLNS}"`)).toBe(true)
      expect(svg).toContain('viewBox="0 0 1200 600"')
      expect(Buffer.byteLength(svg, "utf8")).toBeLessThan(8 * 1024)
      expect(svg.split(XMLNS).join("")).not.toMatch(/http/i)
      expect(svg).not.toMatch(/<text|<image|href=/)
    }
  })

  it("puts the escaped cooperative name in the title", () => {
    const c = COOPERATIVES[0]
    const svg = illustrateCooperative({ ...c, name: `Taller "A & B" <prueba>` })
    expect(svg).toContain("<title>Taller &quot;A &amp; B&quot; &lt;prueba&gt;</title>")
    expect(illustrateCooperative(c)).toContain(`<title>${c.name}</title>`)
  })

  it("differ between cooperatives", () => {
    const drawing = (svg: string) => svg.replace(/<title>.*?<\/title>/, "")
    const [a, b] = COOPERATIVES
    expect(drawing(illustrateCooperative(a))).not.toBe(drawing(illustrateCooperative(b)))
    expect(new Set(COOPERATIVES.map((c) => drawing(illustrateCooperative(c)))).size).toBe(COOPERATIVES.length)
  })
})
