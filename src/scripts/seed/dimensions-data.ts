/**
 * Sizes of the crafts whose size a buyer weighs before buying (hammocks,
 * cloth, bags, baskets, mats), by variant SKU, in Medusa's own variant
 * fields: length, width and height in centimetres, weight in grams.
 *
 * Pure data, kept apart from catalog-data so the seed and the migration
 * script that fills older databases read the same numbers.
 * Figures are the cooperatives' usual sizes, rounded to the centimetre. Where
 * a variant's name or description gives a size ("150 × 220 cm"), length and
 * width follow its order, so the page never reads the same cloth two ways.
 */

export interface VariantDimensions {
  length: number
  width: number
  height?: number
  weight?: number
}

// Cloth, mats and plaques: two dimensions and a weight.
const flat = (length: number, width: number, weight?: number): VariantDimensions => ({ length, width, ...(weight ? { weight } : {}) })

export const VARIANT_DIMENSIONS: Record<string, VariantDimensions> = {
  // Hammock bed without the cords; the cords add about 70 cm at each end.
  "SS-HAM-SGL-SUN": flat(200, 100, 1500),
  "SS-HAM-SGL-SEA": flat(200, 100, 1500),
  "SS-HAM-DBL-SUN": flat(220, 150, 2100),
  "SS-HAM-DBL-SEA": flat(220, 150, 2100),
  // Seat height from the ring, by the width of the spreader bar.
  "SS-HCHAIR-EAR": flat(120, 100, 2300),
  "SS-HCHAIR-RAI": flat(120, 100, 2300),
  "SS-TCLOTH-150": flat(150, 150, 750),
  "SS-TCLOTH-220": flat(150, 220, 1050),
  "SS-SCARF-MAI": flat(180, 50, 150),
  "SS-SCARF-COF": flat(180, 50, 150),
  "SS-SCARF-LAK": flat(180, 50, 150),
  "SS-RUNNER-FES": flat(35, 180, 300),
  "SS-RUNNER-IND": flat(35, 180, 300),
  // Each towel of the set.
  "SS-TOWEL-RED": flat(70, 45),
  "SS-TOWEL-GRN": flat(70, 45),
  // A painted wall plaque: its size is what a buyer checks against the wall.
  "LP-PLAQUE": flat(30, 40, 900),
  "SU-SCARF-RNG": flat(180, 45, 120),
  "SU-SCARF-STR": flat(180, 45, 120),
  "SU-SCARF-CLD": flat(180, 45, 120),
  "SU-RUNNER": flat(35, 180, 280),
  // Each napkin of the set.
  "SU-NAPKIN": flat(45, 45),
  "SU-TOTE": { length: 40, width: 10, height: 38, weight: 350 },
  "SU-CUSHION-RAI": flat(45, 45, 200),
  "SU-CUSHION-WAV": flat(45, 45, 200),
  "NZ-PETATE-S": flat(60, 90, 700),
  "NZ-PETATE-L": flat(120, 180, 2200),
  "NZ-TBASKET-S": { length: 20, width: 20, height: 15, weight: 300 },
  "NZ-TBASKET-M": { length: 28, width: 28, height: 20, weight: 500 },
  "NZ-TBASKET-L": { length: 35, width: 35, height: 26, weight: 750 },
  // Height to the top of the handle.
  "NZ-WICKER-BSK": { length: 40, width: 30, height: 35, weight: 900 },
  // Each placemat of the set.
  "NZ-PLACEMAT-RED": flat(45, 33),
  "NZ-PLACEMAT-GRN": flat(45, 33),
  "NZ-PLACEMAT-NAT": flat(45, 33),
  "NZ-STOOL": { length: 40, width: 40, height: 35, weight: 2500 },
}
