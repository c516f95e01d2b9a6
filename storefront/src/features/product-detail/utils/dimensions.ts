/** Medusa's dimension fields, on a variant or its product: centimetres and grams. */
export interface Dimensions {
  length?: number | null
  width?: number | null
  height?: number | null
  weight?: number | null
}

const known = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value) && value > 0

/** The variant's own figure wins, else the product's (Medusa's convention); each field on its own. */
export function dimensionsOf(variant: Dimensions | undefined, product: Dimensions): Dimensions {
  const pick = (field: keyof Dimensions) => (known(variant?.[field]) ? variant[field] : known(product[field]) ? product[field] : null)
  return { length: pick("length"), width: pick("width"), height: pick("height"), weight: pick("weight") }
}

/** "200 × 100 cm", "40 × 10 × 38 cm"; nothing unless both length and width are known. */
export function formatSize({ length, width, height }: Dimensions, locale: string): string | undefined {
  if (!known(length) || !known(width)) return undefined
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
  return [length, width, ...(known(height) ? [height] : [])].map((value) => number.format(value)).join(" × ") + " cm"
}

/** "450 g" below a kilo, "1.5 kg" / "1,5 kg" from there; nothing when unknown. */
export function formatWeight({ weight }: Dimensions, locale: string): string | undefined {
  if (!known(weight)) return undefined
  if (weight < 1000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(weight)} g`
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(weight / 1000)} kg`
}
