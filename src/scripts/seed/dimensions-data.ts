/**
 * Sizes of the crafts whose size a buyer weighs before buying (hammocks,
 * cloth, bags, baskets, mats), by variant SKU, in Medusa's own variant
 * fields: length, width and height in centimetres, weight in grams.
 *
 * Pure data, kept apart from catalog-data so the seed and the migration
 * script that fills older databases read the same numbers.
 * Figures are the cooperatives' usual sizes, rounded to the centimetre.
 */

export interface VariantDimensions {
  length: number
  width: number
  height?: number
  weight?: number
}

const cloth = (length: number, width: number, weight?: number): VariantDimensions => ({ length, width, ...(weight ? { weight } : {}) })

export const VARIANT_DIMENSIONS: Record<string, VariantDimensions> = {
  // Hammock bed without the cords; the cords add about 70 cm at each end.
  "SS-HAM-SGL-SUN": cloth(200, 100, 1500),
  "SS-HAM-SGL-SEA": cloth(200, 100, 1500),
  "SS-HAM-DBL-SUN": cloth(220, 150, 2100),
  "SS-HAM-DBL-SEA": cloth(220, 150, 2100),
  // Seat height from the ring, by the width of the spreader bar.
  "SS-HCHAIR-EAR": cloth(120, 100, 2300),
  "SS-HCHAIR-RAI": cloth(120, 100, 2300),
  "SS-TCLOTH-150": cloth(150, 150, 750),
  "SS-TCLOTH-220": cloth(220, 150, 1050),
  "SS-SCARF-MAI": cloth(180, 50, 150),
  "SS-SCARF-COF": cloth(180, 50, 150),
  "SS-SCARF-LAK": cloth(180, 50, 150),
  "SS-RUNNER-FES": cloth(180, 35, 300),
  "SS-RUNNER-IND": cloth(180, 35, 300),
  // Each towel of the set.
  "SS-TOWEL-RED": cloth(70, 45),
  "SS-TOWEL-GRN": cloth(70, 45),
  "SU-SCARF-RNG": cloth(180, 45, 120),
  "SU-SCARF-STR": cloth(180, 45, 120),
  "SU-SCARF-CLD": cloth(180, 45, 120),
  "SU-RUNNER": cloth(180, 35, 280),
  // Each napkin of the set.
  "SU-NAPKIN": cloth(45, 45),
  "SU-TOTE": { length: 40, width: 10, height: 38, weight: 350 },
  "SU-CUSHION-RAI": cloth(45, 45, 200),
  "SU-CUSHION-WAV": cloth(45, 45, 200),
  "NZ-PETATE-S": cloth(90, 60, 700),
  "NZ-PETATE-L": cloth(180, 120, 2200),
  "NZ-TBASKET-S": { length: 20, width: 20, height: 15, weight: 300 },
  "NZ-TBASKET-M": { length: 28, width: 28, height: 20, weight: 500 },
  "NZ-TBASKET-L": { length: 35, width: 35, height: 26, weight: 750 },
  // Height to the top of the handle.
  "NZ-WICKER-BSK": { length: 40, width: 30, height: 35, weight: 900 },
  // Each placemat of the set.
  "NZ-PLACEMAT-RED": cloth(45, 33),
  "NZ-PLACEMAT-GRN": cloth(45, 33),
  "NZ-PLACEMAT-NAT": cloth(45, 33),
  "NZ-STOOL": { length: 40, width: 40, height: 35, weight: 2500 },
}
