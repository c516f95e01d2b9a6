import type { DepartmentCode } from "@/lib/cooperative-terms"

/**
 * El Salvador's 14 departments as simplified polygons, drawn for this store
 * from the shared corners below (so neighbours meet without gaps): about 250
 * units to a degree, north up, the Pacific coast along the bottom. Recognisable
 * rather than surveyed; no department is drawn to scale.
 */
const P = {
  guatemalaCoast: [0, 180],
  guatemalaBorder: [50, 110],
  trifinio: [187, 8],
  hondurasNorth: [300, 30],
  chalatenangoEast: [350, 108],
  cabanasNorthEast: [412, 125],
  morazanWest: [440, 122],
  morazanNorth: [478, 78],
  morazanNorthEast: [548, 102],
  laUnionNorth: [560, 150],
  goascoran: [585, 180],
  gulf: [574, 272],
  laUnionCoast: [556, 305],
  ahuachapanInland: [95, 135],
  santaAnaSouth: [150, 150],
  libertadNorth: [198, 92],
  salvadorNorthWest: [214, 100],
  salvadorNorthEast: [262, 112],
  cuscatlanNorthEast: [312, 125],
  cabanasSouthWest: [330, 170],
  lempaMiddle: [392, 170],
  salvadorSouthWest: [215, 205],
  salvadorSouthEast: [262, 200],
  cuscatlanSouth: [300, 205],
  sanVicenteSouth: [305, 240],
  lempaLower: [362, 250],
  usulutanInland: [438, 232],
  morazanSouth: [490, 192],
  laUnionWest: [502, 262],
  ahuachapanCoast: [75, 228],
  sonsonateCoast: [145, 237],
  libertadCoast: [250, 250],
  lempaMouth: [330, 300],
  usulutanCoast: [448, 316],
  sanMiguelCoast: [505, 320],
} satisfies Record<string, [number, number]>

type Corner = keyof typeof P

const OUTLINES: Record<DepartmentCode, Corner[]> = {
  ahuachapan: ["guatemalaCoast", "guatemalaBorder", "ahuachapanInland", "ahuachapanCoast"],
  "santa-ana": ["guatemalaBorder", "trifinio", "libertadNorth", "santaAnaSouth", "ahuachapanInland"],
  sonsonate: ["ahuachapanInland", "santaAnaSouth", "sonsonateCoast", "ahuachapanCoast"],
  chalatenango: [
    "trifinio",
    "hondurasNorth",
    "chalatenangoEast",
    "cuscatlanNorthEast",
    "salvadorNorthEast",
    "salvadorNorthWest",
    "libertadNorth",
  ],
  "la-libertad": [
    "santaAnaSouth",
    "libertadNorth",
    "salvadorNorthWest",
    "salvadorSouthWest",
    "libertadCoast",
    "sonsonateCoast",
  ],
  "san-salvador": ["salvadorNorthWest", "salvadorNorthEast", "salvadorSouthEast", "salvadorSouthWest"],
  cuscatlan: ["salvadorNorthEast", "cuscatlanNorthEast", "cabanasSouthWest", "cuscatlanSouth", "salvadorSouthEast"],
  "la-paz": [
    "salvadorSouthWest",
    "salvadorSouthEast",
    "cuscatlanSouth",
    "sanVicenteSouth",
    "lempaLower",
    "lempaMouth",
    "libertadCoast",
  ],
  cabanas: ["cuscatlanNorthEast", "chalatenangoEast", "cabanasNorthEast", "lempaMiddle", "cabanasSouthWest"],
  "san-vicente": ["cuscatlanSouth", "cabanasSouthWest", "lempaMiddle", "lempaLower", "sanVicenteSouth"],
  usulutan: ["lempaLower", "lempaMiddle", "usulutanInland", "usulutanCoast", "lempaMouth"],
  "san-miguel": [
    "lempaMiddle",
    "cabanasNorthEast",
    "morazanWest",
    "morazanSouth",
    "laUnionWest",
    "sanMiguelCoast",
    "usulutanCoast",
    "usulutanInland",
  ],
  morazan: ["morazanWest", "morazanNorth", "morazanNorthEast", "laUnionNorth", "morazanSouth"],
  "la-union": ["morazanSouth", "laUnionNorth", "goascoran", "gulf", "laUnionCoast", "sanMiguelCoast", "laUnionWest"],
}

export const MAP_VIEW_BOX = "0 0 600 330"

/** An SVG path for each department. */
export const DEPARTMENT_PATHS = Object.fromEntries(
  Object.entries(OUTLINES).map(([code, corners]) => [
    code,
    `M${corners.map((corner) => P[corner].join(" ")).join("L")}Z`,
  ])
) as Record<DepartmentCode, string>

/** Where a department's marker sits: the average of its corners, inside these convex-ish shapes. */
export function departmentCentre(code: DepartmentCode): [number, number] {
  const corners = OUTLINES[code].map((corner) => P[corner])
  const sum = corners.reduce(([x, y], [cx, cy]) => [x + cx, y + cy], [0, 0])
  return [Math.round(sum[0] / corners.length), Math.round(sum[1] / corners.length)]
}
