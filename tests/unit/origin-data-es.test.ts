import { PRODUCTS } from "../../src/scripts/seed/catalog-data"
import { COOPERATIVES } from "../../src/scripts/seed/cooperatives-data"
import { SHIPPING_OPTION_NAMES_ES, TECHNIQUES_ES, WORDS_ES, durationEs } from "../../src/scripts/seed/origin-data-es"

describe("the Spanish of craft origins, cooperatives' crafts and delivery options", () => {
  it("has every seeded technique, material and craft in Spanish", () => {
    expect(PRODUCTS.map((product) => product.technique).filter((technique) => !TECHNIQUES_ES[technique])).toEqual([])
    expect(PRODUCTS.flatMap((product) => product.materials).filter((material) => !WORDS_ES[material])).toEqual([])
    expect(COOPERATIVES.flatMap((cooperative) => cooperative.crafts).filter((craft) => !WORDS_ES[craft])).toEqual([])
  })

  it("says every production time in Spanish, singular and plural", () => {
    expect(PRODUCTS.map((product) => product.production_time).filter((time) => !durationEs(time))).toEqual([])
    expect(["1 day", "4 days", "1 week", "2 weeks", "10 days"].map(durationEs)).toEqual([
      "1 día",
      "4 días",
      "1 semana",
      "2 semanas",
      "10 días",
    ])
    expect(durationEs("a fortnight")).toBeUndefined()
  })

  it("names both delivery speeds", () => {
    expect(Object.values(SHIPPING_OPTION_NAMES_ES)).toEqual(["Estándar (10 a 20 días)", "Exprés (4 a 7 días)"])
  })
})
