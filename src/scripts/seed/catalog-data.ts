/**
 * The demo catalog: crafts from Salvadoran cooperatives, sold by CIS.
 *
 * Pure data, no Medusa imports: the seed script turns it into categories,
 * products, prices and stock levels, and the unit tests check its rules.
 * Amounts are integer minor units (cents, pence) so nothing passes through
 * a float before it reaches Medusa.
 */

export type CraftCategoryHandle =
  | "pottery"
  | "textiles-hammocks"
  | "painted-wood"
  | "indigo"
  | "jewelry"
  | "baskets"

export interface CategorySeed {
  handle: CraftCategoryHandle
  name: string
  description: string
}

/** INTEGER minor units (cents/pence), e.g. 2400 = 24.00 */
export interface PriceSet {
  usd: number
  cad: number
  eur: number
  gbp: number
}

export interface VariantSeed {
  title: string
  sku: string
  options: Record<string, string>
  prices: PriceSet
  stock: number
}

export interface ProductSeed {
  /** URL-safe, unique, lowercase-kebab */
  handle: string
  title: string
  /** One short line. */
  subtitle: string
  /** Two short paragraphs separated by "\n\n". */
  description: string
  category: CraftCategoryHandle
  /** e.g. "La Palma painted wood" */
  tradition: string
  /** A real Salvadoran town and one of the 14 departments. */
  origin: { municipality: string; department: string }
  technique: string
  materials: string[]
  /** e.g. "3 days" */
  production_time: string
  weight_grams: number
  /** Every variant's options map uses exactly these titles and values. */
  options: { title: string; values: string[] }[]
  /** 1 to 4 variants. */
  variants: VariantSeed[]
  /** Hex colours used by the illustration: [main, secondary, accent]. */
  palette: [string, string, string]
}

export const CATEGORIES: CategorySeed[] = [
  {
    handle: "pottery",
    name: "Pottery",
    description:
      "Painted miniatures from Ilobasco and the black Lenca pottery of Guatajiagua, shaped by hand and fired in small workshops.",
  },
  {
    handle: "textiles-hammocks",
    name: "Textiles & hammocks",
    description:
      "Hammocks, tablecloths and scarves woven on wooden treadle looms in San Sebastián, San Vicente.",
  },
  {
    handle: "painted-wood",
    name: "Painted wood",
    description:
      "Crosses, boxes and plaques in the bright naïf style of La Palma, Chalatenango: flowers, doves and little mountain villages.",
  },
  {
    handle: "indigo",
    name: "Indigo-dyed goods",
    description:
      "Scarves, shirts and table linen dyed by hand in natural indigo (añil) in the workshops of Suchitoto.",
  },
  {
    handle: "jewelry",
    name: "Jewelry",
    description:
      "Necklaces, earrings and bracelets made from seeds, coconut shell, jícaro and recycled paper.",
  },
  {
    handle: "baskets",
    name: "Baskets & tule",
    description:
      "Petates, baskets and wicker pieces woven from tule reed and mimbre in Nahuizalco, Sonsonate.",
  },
]

/** Demo exchange rates from USD; real shops re-price by hand, so these only set a starting point. */
const RATES = { cad: 1.37, eur: 0.92, gbp: 0.79 } as const

/**
 * Rounds a converted amount to a price a shop would print: the nearest 0.50
 * under 50.00, the nearest whole unit above.
 */
function pricePoint(minor: number): number {
  const step = minor < 5000 ? 50 : 100
  return Math.max(step, Math.round(minor / step) * step)
}

/** All four prices from a USD price in cents. */
function usd(cents: number): PriceSet {
  return {
    usd: cents,
    cad: pricePoint(cents * RATES.cad),
    eur: pricePoint(cents * RATES.eur),
    gbp: pricePoint(cents * RATES.gbp),
  }
}

// Shared wording for pieces from the same place, so origins stay consistent.
const ILOBASCO = { municipality: "Ilobasco", department: "Cabañas" }
const GUATAJIAGUA = { municipality: "Guatajiagua", department: "Morazán" }
const SAN_SEBASTIAN = { municipality: "San Sebastián", department: "San Vicente" }
const LA_PALMA = { municipality: "La Palma", department: "Chalatenango" }
const SUCHITOTO = { municipality: "Suchitoto", department: "Cuscatlán" }
const NAHUIZALCO = { municipality: "Nahuizalco", department: "Sonsonate" }

const LA_PALMA_TECHNIQUE = "Cut from pine, painted freehand with acrylics and varnished"
const INDIGO_MATERIALS = ["cotton", "natural indigo (añil)"]

export const PRODUCTS: ProductSeed[] = [
  // ---------------------------------------------------------------- Pottery
  {
    handle: "ilobasco-sorpresas",
    title: "Ilobasco Sorpresas, Set of Three",
    subtitle: "Walnut-sized clay shells that lift open on a tiny hidden scene",
    description:
      "Sorpresas, \"surprises\", are one of Ilobasco's best-loved inventions: a clay shell no bigger than a walnut, shaped like an egg, a fruit or a little house, that lifts off to reveal a scene modelled inside. Each set holds three different sorpresas on the theme you choose, from women patting tortillas to a village band or the Holy Family.\n\n" +
      "The figures are shaped by hand with fine tools, fired, then painted with a brush only a few hairs wide. They are small and delicate: keep them on a shelf or in a cabinet, away from small children, and dust them with a soft dry brush.",
    category: "pottery",
    tradition: "Ilobasco ceramics",
    origin: ILOBASCO,
    technique: "Hand-modelled miniature clay, kiln-fired and painted by brush",
    materials: ["local clay", "acrylic paint", "varnish"],
    production_time: "4 days",
    weight_grams: 120,
    options: [{ title: "Theme", values: ["Village life", "Nativity", "Music and dance"] }],
    variants: [
      { title: "Village life", sku: "IL-SORP-VIL", options: { Theme: "Village life" }, prices: usd(1800), stock: 24 },
      { title: "Nativity", sku: "IL-SORP-NAT", options: { Theme: "Nativity" }, prices: usd(1800), stock: 2 },
      { title: "Music and dance", sku: "IL-SORP-MUS", options: { Theme: "Music and dance" }, prices: usd(1800), stock: 11 },
    ],
    palette: ["#c8553d", "#f2c14e", "#3a7ca5"],
  },
  {
    handle: "ilobasco-market-stall",
    title: "Ilobasco Miniature Market Stall",
    subtitle: "A palm-sized market scene in painted clay",
    description:
      "A market stall the size of your palm: a vendor under a striped awning, surrounded by baskets of mangoes, bananas and tomatoes, with a comal of pupusas on the fire. Ilobasco's potters have long made miniature scenes of everyday Salvadoran life, and no two stalls come out the same.\n\n" +
      "Every fruit and figure is rolled and shaped separately, then set on a clay base before firing and painting. It is a decorative piece, not a toy. Keep it dry and out of direct sun so the colours stay bright.",
    category: "pottery",
    tradition: "Ilobasco ceramics",
    origin: ILOBASCO,
    technique: "Hand-modelled and assembled clay miniatures, kiln-fired and brush-painted",
    materials: ["local clay", "acrylic paint", "varnish"],
    production_time: "5 days",
    weight_grams: 260,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", sku: "IL-MARKET", options: { Size: "One size" }, prices: usd(2600), stock: 9 }],
    palette: ["#e07a5f", "#81b29a", "#f2cc8f"],
  },
  {
    handle: "ilobasco-nativity",
    title: "Ilobasco Clay Nativity",
    subtitle: "A painted clay nacimiento, from the ox to the angel",
    description:
      "The nacimiento, or nativity scene, is the centre of many Salvadoran homes in December, and Ilobasco's workshops are known across the country for them. The small set has nine pieces: the Holy Family, the three kings, the ox, the donkey and an angel. The large set is made at a bigger scale and adds two shepherds and four sheep, for fifteen pieces.\n\n" +
      "The figures are modelled by hand in the round, cheerful style of the town, fired and painted with bright acrylics. Wrap each piece in tissue paper when you put it away after the holidays, and store the set somewhere dry.",
    category: "pottery",
    tradition: "Ilobasco ceramics",
    origin: ILOBASCO,
    technique: "Hand-modelled clay figures, kiln-fired and brush-painted",
    materials: ["local clay", "acrylic paint", "varnish"],
    production_time: "1 week",
    weight_grams: 450,
    options: [{ title: "Size", values: ["Small", "Large"] }],
    variants: [
      { title: "Small", sku: "IL-NATIV-S", options: { Size: "Small" }, prices: usd(3200), stock: 14 },
      { title: "Large", sku: "IL-NATIV-L", options: { Size: "Large" }, prices: usd(5800), stock: 3 },
    ],
    palette: ["#3d5a80", "#ee6c4d", "#f4d35e"],
  },
  {
    handle: "guatajiagua-black-comal",
    title: "Guatajiagua Black Clay Comal",
    subtitle: "A Lenca griddle, stone-burnished and blackened with nacascol",
    description:
      "The comal is the round clay griddle on which tortillas have been cooked in this region for centuries. In Guatajiagua, Lenca potters still build them by hand, without a wheel, burnish them with a smooth river stone and fire them in an open fire. While the piece is still hot they brush it with a dye boiled from nacascol pods, which turns the red clay a deep, uneven black.\n\n" +
      "We recommend this comal as a serving platter for tortillas, bread or fruit rather than for the stove. Wipe it with a damp cloth, let it dry fully, and never soak it or put it in the dishwasher.",
    category: "pottery",
    tradition: "Guatajiagua black clay",
    origin: GUATAJIAGUA,
    technique: "Hand-built without a wheel, stone-burnished, open-fired and blackened with nacascol dye",
    materials: ["local clay", "nacascol dye"],
    production_time: "1 week",
    weight_grams: 1100,
    options: [{ title: "Diameter", values: ["25 cm", "35 cm"] }],
    variants: [
      { title: "25 cm", sku: "GJ-COMAL-25", options: { Diameter: "25 cm" }, prices: usd(2800), stock: 18 },
      { title: "35 cm", sku: "GJ-COMAL-35", options: { Diameter: "35 cm" }, prices: usd(3800), stock: 6 },
    ],
    palette: ["#2b2522", "#8c5a3c", "#d9b48f"],
  },
  {
    handle: "guatajiagua-black-cantaro",
    title: "Guatajiagua Black Clay Cántaro",
    subtitle: "A round water jar with a narrow neck, in the Lenca style",
    description:
      "The cántaro is the classic water jar of rural El Salvador: a round belly that holds plenty and a narrow neck that keeps the water clean. Guatajiagua's cántaros are decorated with simple lines traced into the clay before firing and finished black with nacascol, so every jar has its own play of matte and glossy patches.\n\n" +
      "It is built up in coils by hand and burnished with a stone until the surface shines. The nacascol finish is not waterproof, so use it as a vase for dried flowers and branches, or on its own as a sculptural piece. Dust it or wipe it with a barely damp cloth.",
    category: "pottery",
    tradition: "Guatajiagua black clay",
    origin: GUATAJIAGUA,
    technique: "Coil-built by hand, stone-burnished, open-fired and blackened with nacascol dye",
    materials: ["local clay", "nacascol dye"],
    production_time: "10 days",
    weight_grams: 1600,
    options: [{ title: "Size", values: ["Small", "Medium"] }],
    variants: [
      { title: "Small", sku: "GJ-CANT-S", options: { Size: "Small" }, prices: usd(3400), stock: 10 },
      { title: "Medium", sku: "GJ-CANT-M", options: { Size: "Medium" }, prices: usd(4800), stock: 0 },
    ],
    palette: ["#1f1b19", "#a0522d", "#e6c9a8"],
  },
  {
    handle: "guatajiagua-black-olla",
    title: "Guatajiagua Black Clay Olla",
    subtitle: "A wide two-handled pot for the table or the shelf",
    description:
      "An olla is a cooking pot, and this one keeps the low, generous shape and the two small handles of the pots used for beans and soups in Lenca kitchens. Its black finish comes from nacascol, a dye boiled from the pods of a local tree and brushed on straight after firing.\n\n" +
      "This olla is sold for display and dry serving: fill it with fruit or bread, or use it as a cover for a potted plant. Clean it with a dry or lightly damp cloth and keep it away from standing water.",
    category: "pottery",
    tradition: "Guatajiagua black clay",
    origin: GUATAJIAGUA,
    technique: "Hand-built without a wheel, stone-burnished, open-fired and blackened with nacascol dye",
    materials: ["local clay", "nacascol dye"],
    production_time: "10 days",
    weight_grams: 2000,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", sku: "GJ-OLLA", options: { Size: "One size" }, prices: usd(4200), stock: 0 }],
    palette: ["#26201d", "#6b4226", "#c9a27e"],
  },

  // ------------------------------------------------------ Textiles & hammocks
  {
    handle: "san-sebastian-hammock",
    title: "San Sebastián Cotton Hammock",
    subtitle: "Woven on a treadle loom, made for long afternoons",
    description:
      "San Sebastián, in the department of San Vicente, is El Salvador's weaving town, and its hammocks are made on wooden treadle looms in family workshops. The bed of this hammock is a dense cotton cloth in bright stripes, finished with hand-knotted cords and sturdy end loops ready to hang.\n\n" +
      "The single size suits one adult; the double is wide enough to lie across, the way hammocks are meant to be used. Hang it out of the rain. To wash it, use cold water and mild soap by hand, and dry it in the shade with the cords tied together so they don't tangle.",
    category: "textiles-hammocks",
    tradition: "San Sebastián treadle-loom weaving",
    origin: SAN_SEBASTIAN,
    technique: "Treadle-loom weaving with hand-knotted cords",
    materials: ["cotton", "cotton cord"],
    production_time: "2 weeks",
    weight_grams: 1800,
    options: [
      { title: "Size", values: ["Single", "Double"] },
      { title: "Colour", values: ["Sunset stripes", "Sea stripes"] },
    ],
    variants: [
      { title: "Single / Sunset stripes", sku: "SS-HAM-SGL-SUN", options: { Size: "Single", Colour: "Sunset stripes" }, prices: usd(9500), stock: 7 },
      { title: "Single / Sea stripes", sku: "SS-HAM-SGL-SEA", options: { Size: "Single", Colour: "Sea stripes" }, prices: usd(9500), stock: 2 },
      { title: "Double / Sunset stripes", sku: "SS-HAM-DBL-SUN", options: { Size: "Double", Colour: "Sunset stripes" }, prices: usd(14500), stock: 5 },
      { title: "Double / Sea stripes", sku: "SS-HAM-DBL-SEA", options: { Size: "Double", Colour: "Sea stripes" }, prices: usd(14500), stock: 0 },
    ],
    palette: ["#d1495b", "#edae49", "#00798c"],
  },
  {
    handle: "san-sebastian-hammock-chair",
    title: "San Sebastián Hammock Chair",
    subtitle: "A hanging seat with a hardwood spreader bar",
    description:
      "A hammock chair takes less room than a full hammock and fits a porch, a balcony or a sturdy beam indoors. The seat is woven on a treadle loom in San Sebastián from the same thick cotton as the town's hammocks, and it hangs from a hardwood spreader bar that keeps the back open.\n\n" +
      "Hang it from a hook or beam rated for an adult's weight, using the ring at the top. Wash the cloth by hand in cold water and dry it in the shade.",
    category: "textiles-hammocks",
    tradition: "San Sebastián treadle-loom weaving",
    origin: SAN_SEBASTIAN,
    technique: "Treadle-loom weaving with hand-knotted cords",
    materials: ["cotton", "cotton cord", "hardwood"],
    production_time: "10 days",
    weight_grams: 2300,
    options: [{ title: "Colour", values: ["Earth stripes", "Rainbow stripes"] }],
    variants: [
      { title: "Earth stripes", sku: "SS-HCHAIR-EAR", options: { Colour: "Earth stripes" }, prices: usd(7500), stock: 6 },
      { title: "Rainbow stripes", sku: "SS-HCHAIR-RAI", options: { Colour: "Rainbow stripes" }, prices: usd(7500), stock: 12 },
    ],
    palette: ["#8d6a9f", "#f2a65a", "#4f772d"],
  },
  {
    handle: "san-sebastian-tablecloth",
    title: "San Sebastián Woven Tablecloth",
    subtitle: "Heavy cotton cloth with woven bands and a tied fringe",
    description:
      "Woven on a treadle loom in San Sebastián, this tablecloth has the weight and texture of cloth made thread by thread: the coloured bands are woven into the fabric, not printed, so they look the same on both sides. The ends are finished with a short fringe tied by hand.\n\n" +
      "Choose 150 × 150 cm for a square table for four, or 150 × 220 cm for a table for six. Machine wash cold on a gentle cycle, dry in the shade, and iron while slightly damp.",
    category: "textiles-hammocks",
    tradition: "San Sebastián treadle-loom weaving",
    origin: SAN_SEBASTIAN,
    technique: "Treadle-loom weaving with a hand-tied fringe",
    materials: ["cotton"],
    production_time: "1 week",
    weight_grams: 900,
    options: [{ title: "Size", values: ["150 × 150 cm", "150 × 220 cm"] }],
    variants: [
      { title: "150 × 150 cm", sku: "SS-TCLOTH-150", options: { Size: "150 × 150 cm" }, prices: usd(5500), stock: 15 },
      { title: "150 × 220 cm", sku: "SS-TCLOTH-220", options: { Size: "150 × 220 cm" }, prices: usd(7500), stock: 8 },
    ],
    palette: ["#386641", "#bc4749", "#f2e8cf"],
  },
  {
    handle: "san-sebastian-cotton-scarf",
    title: "San Sebastián Cotton Scarf",
    subtitle: "A light loom-woven scarf with twisted fringes",
    description:
      "An everyday scarf woven on a treadle loom from fine cotton thread, in an open weave that is warm enough for a cool evening and light enough for summer. The stripes are laid out on the warp before weaving starts, so each colourway is consistent but never machine-perfect.\n\n" +
      "Wash by hand in cold water with mild soap, roll it in a towel to remove the water, and dry it flat in the shade.",
    category: "textiles-hammocks",
    tradition: "San Sebastián treadle-loom weaving",
    origin: SAN_SEBASTIAN,
    technique: "Treadle-loom weaving with hand-twisted fringes",
    materials: ["cotton"],
    production_time: "2 days",
    weight_grams: 150,
    options: [{ title: "Colour", values: ["Maize", "Coffee", "Lake"] }],
    variants: [
      { title: "Maize", sku: "SS-SCARF-MAI", options: { Colour: "Maize" }, prices: usd(2800), stock: 30 },
      { title: "Coffee", sku: "SS-SCARF-COF", options: { Colour: "Coffee" }, prices: usd(2800), stock: 21 },
      { title: "Lake", sku: "SS-SCARF-LAK", options: { Colour: "Lake" }, prices: usd(2800), stock: 1 },
    ],
    palette: ["#e9c46a", "#6f4e37", "#2a9d8f"],
  },
  {
    handle: "san-sebastian-table-runner",
    title: "San Sebastián Table Runner",
    subtitle: "A long woven runner in bold striped cotton",
    description:
      "A table runner woven in San Sebastián in the same bold stripes as the town's hammocks and blankets. It measures about 35 × 180 cm, long enough for a dining table, and looks just as good folded across a dresser or the foot of a bed.\n\n" +
      "Machine wash cold on a gentle cycle and dry in the shade; the cotton softens with every wash.",
    category: "textiles-hammocks",
    tradition: "San Sebastián treadle-loom weaving",
    origin: SAN_SEBASTIAN,
    technique: "Treadle-loom weaving",
    materials: ["cotton"],
    production_time: "3 days",
    weight_grams: 300,
    options: [{ title: "Colour", values: ["Festival", "Indigo and sand"] }],
    variants: [
      { title: "Festival", sku: "SS-RUNNER-FES", options: { Colour: "Festival" }, prices: usd(2400), stock: 26 },
      { title: "Indigo and sand", sku: "SS-RUNNER-IND", options: { Colour: "Indigo and sand" }, prices: usd(2400), stock: 13 },
    ],
    palette: ["#ef476f", "#ffd166", "#118ab2"],
  },
  {
    handle: "san-sebastian-kitchen-towels",
    title: "San Sebastián Kitchen Towels, Set of Three",
    subtitle: "Absorbent loom-woven cotton with a hanging loop",
    description:
      "Three kitchen towels woven on a treadle loom in plain cotton with coloured borders, each with a loop for hanging. The weave is firm and absorbent, and it gets softer the more the towels are used and washed.\n\n" +
      "Machine wash warm, then tumble dry low or line dry. Expect a little shrinkage in the first wash, as with any untreated cotton.",
    category: "textiles-hammocks",
    tradition: "San Sebastián treadle-loom weaving",
    origin: SAN_SEBASTIAN,
    technique: "Treadle-loom weaving",
    materials: ["cotton"],
    production_time: "2 days",
    weight_grams: 280,
    options: [{ title: "Colour", values: ["Red borders", "Green borders"] }],
    variants: [
      { title: "Red borders", sku: "SS-TOWEL-RED", options: { Colour: "Red borders" }, prices: usd(2200), stock: 40 },
      { title: "Green borders", sku: "SS-TOWEL-GRN", options: { Colour: "Green borders" }, prices: usd(2200), stock: 0 },
    ],
    palette: ["#c1121f", "#669bbc", "#fdf0d5"],
  },

  // ------------------------------------------------------------ Painted wood
  {
    handle: "la-palma-painted-cross",
    title: "La Palma Painted Wooden Cross",
    subtitle: "Bright flowers, doves and a little village on pine",
    description:
      "In the early 1970s the artist Fernando Llort settled in La Palma, in the mountains of Chalatenango, and painted there in a simple, joyful naïf style of flowers, doves, little houses and hillside villages. He taught it to his neighbours, and the town's workshops have made it their own ever since. The painted cross is one of its most familiar forms.\n\n" +
      "Each cross is cut from pine, sanded and painted freehand with acrylics, then varnished, and has a hook on the back for hanging. Dust it with a dry cloth, and keep it out of strong direct sunlight so the colours stay bright.",
    category: "painted-wood",
    tradition: "La Palma painted wood",
    origin: LA_PALMA,
    technique: LA_PALMA_TECHNIQUE,
    materials: ["pine", "acrylic paint", "varnish"],
    production_time: "2 days",
    weight_grams: 180,
    options: [{ title: "Size", values: ["Small (12 cm)", "Medium (20 cm)", "Large (30 cm)"] }],
    variants: [
      { title: "Small (12 cm)", sku: "LP-CROSS-S", options: { Size: "Small (12 cm)" }, prices: usd(900), stock: 60 },
      { title: "Medium (20 cm)", sku: "LP-CROSS-M", options: { Size: "Medium (20 cm)" }, prices: usd(1600), stock: 34 },
      { title: "Large (30 cm)", sku: "LP-CROSS-L", options: { Size: "Large (30 cm)" }, prices: usd(2800), stock: 3 },
    ],
    palette: ["#f25c54", "#43aa8b", "#ffd23f"],
  },
  {
    handle: "la-palma-copinol-keychain",
    title: "La Palma Painted Copinol Seed Keychain",
    subtitle: "A hard copinol seed painted with a tiny La Palma motif",
    description:
      "The copinol tree grows in the hills around La Palma, and its large, hard, chestnut-brown seeds have become a small canvas for the town's painters. Each keychain is a single seed, polished and painted with one motif in the La Palma style, then sealed and fitted with a steel ring.\n\n" +
      "It is tough enough for a pocket or a bag, though keys will slowly wear the paint, as with any hand-painted object. Wipe it clean with a dry cloth.",
    category: "painted-wood",
    tradition: "La Palma painted wood",
    origin: LA_PALMA,
    technique: "Polished copinol seed, painted by hand and sealed",
    materials: ["copinol seed", "acrylic paint", "varnish", "steel ring"],
    production_time: "1 day",
    weight_grams: 20,
    options: [{ title: "Motif", values: ["Dove", "Little house", "Flower"] }],
    variants: [
      { title: "Dove", sku: "LP-KEY-DOVE", options: { Motif: "Dove" }, prices: usd(600), stock: 55 },
      { title: "Little house", sku: "LP-KEY-HOUSE", options: { Motif: "Little house" }, prices: usd(600), stock: 48 },
      { title: "Flower", sku: "LP-KEY-FLOWER", options: { Motif: "Flower" }, prices: usd(600), stock: 2 },
    ],
    palette: ["#7b4b2a", "#ff7f51", "#4cc9f0"],
  },
  {
    handle: "la-palma-trinket-box",
    title: "La Palma Painted Trinket Box",
    subtitle: "A hinged pine box for jewelry, letters or keepsakes",
    description:
      "A small pine box with a hinged lid, painted on every side with the flowers, birds and hillside houses of the La Palma style. The inside is left as natural wood, so it smells faintly of pine when you open it.\n\n" +
      "The small box suits rings and earrings; the large one holds letters, photos or a deck of cards. Dust it with a dry cloth and keep it away from damp places.",
    category: "painted-wood",
    tradition: "La Palma painted wood",
    origin: LA_PALMA,
    technique: "Joined pine, painted freehand with acrylics and varnished",
    materials: ["pine", "acrylic paint", "varnish", "brass hinges"],
    production_time: "3 days",
    weight_grams: 250,
    options: [{ title: "Size", values: ["Small", "Large"] }],
    variants: [
      { title: "Small", sku: "LP-BOX-S", options: { Size: "Small" }, prices: usd(1800), stock: 22 },
      { title: "Large", sku: "LP-BOX-L", options: { Size: "Large" }, prices: usd(3200), stock: 9 },
    ],
    palette: ["#3a86ff", "#ff006e", "#ffbe0b"],
  },
  {
    handle: "la-palma-village-plaque",
    title: "La Palma Village Wall Plaque",
    subtitle: "A painted mountain village, with sun, doves and flowers",
    description:
      "The La Palma style at its fullest: a pine panel painted with a whole village, from the church and the little houses on the hillside to the sun, the doves and the flowers in the foreground. Plaques like this are among the most detailed pieces the workshops make, and no two are alike.\n\n" +
      "It measures about 30 × 40 cm and has a hanger on the back. Hang it indoors, away from direct sun and from the steam of kitchens and bathrooms.",
    category: "painted-wood",
    tradition: "La Palma painted wood",
    origin: LA_PALMA,
    technique: LA_PALMA_TECHNIQUE,
    materials: ["pine", "acrylic paint", "varnish"],
    production_time: "5 days",
    weight_grams: 900,
    options: [{ title: "Size", values: ["30 × 40 cm"] }],
    variants: [{ title: "30 × 40 cm", sku: "LP-PLAQUE", options: { Size: "30 × 40 cm" }, prices: usd(3500), stock: 1 }],
    palette: ["#06d6a0", "#ef476f", "#ffd166"],
  },
  {
    handle: "la-palma-napkin-holder",
    title: "La Palma Painted Napkin Holder",
    subtitle: "A cheerful everyday piece for the kitchen table",
    description:
      "A simple pine napkin holder, painted on both faces in the La Palma style with flowers and a pair of doves. It brings a bit of Chalatenango to the breakfast table, and it works just as well as a rack for letters and postcards on a desk.\n\n" +
      "Wipe it with a dry or barely damp cloth; do not soak it.",
    category: "painted-wood",
    tradition: "La Palma painted wood",
    origin: LA_PALMA,
    technique: LA_PALMA_TECHNIQUE,
    materials: ["pine", "acrylic paint", "varnish"],
    production_time: "2 days",
    weight_grams: 200,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", sku: "LP-NAPKIN", options: { Size: "One size" }, prices: usd(1400), stock: 17 }],
    palette: ["#f77f00", "#2a9d8f", "#fcbf49"],
  },
  {
    handle: "la-palma-christmas-ornaments",
    title: "La Palma Christmas Ornaments, Set of Six",
    subtitle: "Flat painted stars, doves and houses for the tree",
    description:
      "Six flat ornaments cut from thin pine (a star, a dove, a bell, a little house, a tree and an angel), each painted in the La Palma style on both sides and hung on a red cotton cord. They are light enough for the thinnest branches and easy to post as a small gift.\n\n" +
      "Between seasons, store them wrapped in paper so the painted faces don't rub against each other.",
    category: "painted-wood",
    tradition: "La Palma painted wood",
    origin: LA_PALMA,
    technique: LA_PALMA_TECHNIQUE,
    materials: ["pine", "acrylic paint", "varnish", "cotton cord"],
    production_time: "2 days",
    weight_grams: 90,
    options: [{ title: "Colours", values: ["Bright", "White and gold"] }],
    variants: [
      { title: "Bright", sku: "LP-ORN-BRT", options: { Colours: "Bright" }, prices: usd(1800), stock: 38 },
      { title: "White and gold", sku: "LP-ORN-WGD", options: { Colours: "White and gold" }, prices: usd(1800), stock: 0 },
    ],
    palette: ["#d62828", "#003049", "#fcbf49"],
  },
  {
    handle: "san-ignacio-serving-tray",
    title: "San Ignacio Painted Serving Tray",
    subtitle: "A La Palma-style tray from the next town up the road",
    description:
      "San Ignacio sits just above La Palma on the road towards the Honduran border, and its workshops paint in the same style. This pine tray has raised edges and cut-out handles, and its base is painted with a full La Palma scene under several coats of varnish.\n\n" +
      "Use it for serving dry things, such as bread, cups or snacks, or as a display tray on a table. Wipe it with a damp cloth and dry it at once; do not soak it or put it in the dishwasher.",
    category: "painted-wood",
    tradition: "La Palma painted wood",
    origin: { municipality: "San Ignacio", department: "Chalatenango" },
    technique: "Joined pine, painted freehand with acrylics and sealed with several coats of varnish",
    materials: ["pine", "acrylic paint", "varnish"],
    production_time: "4 days",
    weight_grams: 850,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", sku: "SI-TRAY", options: { Size: "One size" }, prices: usd(3800), stock: 5 }],
    palette: ["#2ec4b6", "#e71d36", "#ff9f1c"],
  },

  // ------------------------------------------------------------------ Indigo
  {
    handle: "suchitoto-indigo-scarf",
    title: "Suchitoto Indigo Shibori Scarf",
    subtitle: "Cotton dyed by hand in a natural indigo vat",
    description:
      "Indigo, añil in Spanish, comes from the leaves of the xiquilite plant, and in colonial times it was the most valuable export of the land that became El Salvador. In Suchitoto, workshops have brought the craft back. This scarf is folded, bound and stitched before dyeing, in the manner of Japanese shibori, so the tied areas resist the dye and leave pale rings and lines on deep blue.\n\n" +
      "The cloth comes out of the vat green and turns blue in the air; repeated dips build up the colour. Wash it by hand in cold water with mild soap, on its own for the first few washes, and dry it in the shade.",
    category: "indigo",
    tradition: "Suchitoto indigo",
    origin: SUCHITOTO,
    technique: "Tie-and-stitch resist, dyed in a natural indigo vat",
    materials: INDIGO_MATERIALS,
    production_time: "3 days",
    weight_grams: 120,
    options: [{ title: "Pattern", values: ["Rings", "Stripes", "Clouds"] }],
    variants: [
      { title: "Rings", sku: "SU-SCARF-RNG", options: { Pattern: "Rings" }, prices: usd(4500), stock: 16 },
      { title: "Stripes", sku: "SU-SCARF-STR", options: { Pattern: "Stripes" }, prices: usd(4500), stock: 9 },
      { title: "Clouds", sku: "SU-SCARF-CLD", options: { Pattern: "Clouds" }, prices: usd(4500), stock: 3 },
    ],
    palette: ["#1b2a4a", "#3e6ea8", "#b9d3ee"],
  },
  {
    handle: "suchitoto-indigo-table-runner",
    title: "Suchitoto Indigo Table Runner",
    subtitle: "Folded and clamped before dyeing for a crisp grid",
    description:
      "This runner is folded like a fan, clamped between wooden blocks and dipped in the indigo vat again and again. Where the blocks press the cloth the dye cannot reach, and when it is unfolded a grid of pale squares appears on the deep blue. The technique is simple, and the result is never quite the same twice.\n\n" +
      "It measures about 35 × 180 cm. Wash it by hand in cold water, on its own at first, and dry it in the shade. Natural indigo softens and fades gently over the years, as it is meant to.",
    category: "indigo",
    tradition: "Suchitoto indigo",
    origin: SUCHITOTO,
    technique: "Fold-and-clamp resist, dyed in a natural indigo vat",
    materials: INDIGO_MATERIALS,
    production_time: "3 days",
    weight_grams: 280,
    options: [{ title: "Size", values: ["35 × 180 cm"] }],
    variants: [{ title: "35 × 180 cm", sku: "SU-RUNNER", options: { Size: "35 × 180 cm" }, prices: usd(3800), stock: 11 }],
    palette: ["#14213d", "#2f5d8a", "#a7c4e5"],
  },
  {
    handle: "suchitoto-indigo-shirt",
    title: "Suchitoto Indigo Tie-Dyed Shirt",
    subtitle: "A loose cotton shirt dyed by hand in deep blue",
    description:
      "A relaxed, collarless cotton shirt, cut and sewn in El Salvador and tie-dyed by hand in Suchitoto. The cloth is bunched and bound with string before it goes into the vat, which leaves soft, irregular bursts of pale blue across the indigo.\n\n" +
      "The cut is generous: if you are between sizes, take the smaller one. Wash it inside out in cold water, on its own for the first few washes, and dry it in the shade.",
    category: "indigo",
    tradition: "Suchitoto indigo",
    origin: SUCHITOTO,
    technique: "Hand-bound tie-dye in a natural indigo vat",
    materials: INDIGO_MATERIALS,
    production_time: "4 days",
    weight_grams: 240,
    options: [{ title: "Size", values: ["S", "M", "L", "XL"] }],
    variants: [
      { title: "S", sku: "SU-SHIRT-S", options: { Size: "S" }, prices: usd(5800), stock: 6 },
      { title: "M", sku: "SU-SHIRT-M", options: { Size: "M" }, prices: usd(5800), stock: 0 },
      { title: "L", sku: "SU-SHIRT-L", options: { Size: "L" }, prices: usd(5800), stock: 2 },
      { title: "XL", sku: "SU-SHIRT-XL", options: { Size: "XL" }, prices: usd(5800), stock: 4 },
    ],
    palette: ["#16325c", "#4a7fb5", "#c6dcf2"],
  },
  {
    handle: "suchitoto-indigo-napkins",
    title: "Suchitoto Indigo Napkins, Set of Four",
    subtitle: "Cloth napkins in four shades of blue",
    description:
      "Four cotton napkins, each dipped in the indigo vat a different number of times, so the set runs from a pale sky blue to a deep night blue. They bring colour to an everyday table and outlast paper many times over.\n\n" +
      "Wash them in cold water on a gentle cycle, on their own for the first few washes. When new, indigo can rub off a little on pale surfaces.",
    category: "indigo",
    tradition: "Suchitoto indigo",
    origin: SUCHITOTO,
    technique: "Graduated dip-dyeing in a natural indigo vat",
    materials: INDIGO_MATERIALS,
    production_time: "2 days",
    weight_grams: 180,
    options: [{ title: "Size", values: ["45 × 45 cm"] }],
    variants: [{ title: "45 × 45 cm", sku: "SU-NAPKIN", options: { Size: "45 × 45 cm" }, prices: usd(2800), stock: 19 }],
    palette: ["#0f1f3d", "#5b8cc4", "#d4e4f6"],
  },
  {
    handle: "suchitoto-indigo-tote",
    title: "Suchitoto Indigo Canvas Tote",
    subtitle: "A sturdy market bag with a shibori ring pattern",
    description:
      "A roomy tote sewn from heavy cotton canvas and dyed in Suchitoto with pale rings, made by binding the cloth around small stones before it goes into the vat. It has long handles to wear on the shoulder and an inside pocket for keys.\n\n" +
      "Wash it by hand in cold water and hang it to dry in the shade. Like any natural indigo, it may mark pale clothing a little when new.",
    category: "indigo",
    tradition: "Suchitoto indigo",
    origin: SUCHITOTO,
    technique: "Stone-bound ring resist, dyed in a natural indigo vat, then sewn",
    materials: ["cotton canvas", "natural indigo (añil)"],
    production_time: "3 days",
    weight_grams: 350,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", sku: "SU-TOTE", options: { Size: "One size" }, prices: usd(2400), stock: 27 }],
    palette: ["#1a2f55", "#3d6fa3", "#bcd4ec"],
  },
  {
    handle: "suchitoto-indigo-cushion-cover",
    title: "Suchitoto Indigo Cushion Cover",
    subtitle: "A stitched-resist pattern on heavy cotton, with a zip",
    description:
      "Before dyeing, rows of running stitches are sewn through this cloth and pulled tight, so the fabric gathers into folds the indigo cannot reach. Once the threads are cut, the pattern shows as lines of small pale marks, like rain on a window or ripples on a lake.\n\n" +
      "The cover fits a 45 × 45 cm cushion (not included) and closes with a zip. Wash it inside out in cold water and dry it in the shade.",
    category: "indigo",
    tradition: "Suchitoto indigo",
    origin: SUCHITOTO,
    technique: "Stitched resist, dyed in a natural indigo vat",
    materials: ["cotton", "natural indigo (añil)", "zip"],
    production_time: "4 days",
    weight_grams: 200,
    options: [{ title: "Pattern", values: ["Rain", "Waves"] }],
    variants: [
      { title: "Rain", sku: "SU-CUSHION-RAI", options: { Pattern: "Rain" }, prices: usd(3200), stock: 8 },
      { title: "Waves", sku: "SU-CUSHION-WAV", options: { Pattern: "Waves" }, prices: usd(3200), stock: 13 },
    ],
    palette: ["#122447", "#456fa8", "#c2d7ef"],
  },

  // ----------------------------------------------------------------- Jewelry
  {
    handle: "perquin-pacun-seed-necklace",
    title: "Perquín Pacún Seed Necklace",
    subtitle: "Glossy black seeds strung with small wooden beads",
    description:
      "Pacún is the round, glossy black seed of the soapberry tree, whose fruit foams in water and is still used as a soap in the countryside. In the pine-covered mountains around Perquín, in northern Morazán, the seeds are drilled by hand and strung with small wooden beads into necklaces that are light, durable and entirely local.\n\n" +
      "The necklace is about 50 cm long and ties at the back. Keep it dry and away from perfume; if the seeds lose their shine, rub them with a drop of vegetable oil on a soft cloth.",
    category: "jewelry",
    tradition: "Seed jewelry of northern Morazán",
    origin: { municipality: "Perquín", department: "Morazán" },
    technique: "Hand-drilled seeds strung on waxed cotton cord",
    materials: ["pacún seeds", "wooden beads", "waxed cotton cord"],
    production_time: "1 day",
    weight_grams: 40,
    options: [{ title: "Colour", values: ["Black and natural", "Black and red"] }],
    variants: [
      { title: "Black and natural", sku: "PQ-PACUN-NAT", options: { Colour: "Black and natural" }, prices: usd(1800), stock: 25 },
      { title: "Black and red", sku: "PQ-PACUN-RED", options: { Colour: "Black and red" }, prices: usd(1800), stock: 14 },
    ],
    palette: ["#1d1d1d", "#b5651d", "#e8d5b7"],
  },
  {
    handle: "coconut-shell-earrings",
    title: "Coconut Shell Earrings",
    subtitle: "Hand-cut coconut shell on stainless steel hooks",
    description:
      "Coconut palms line the coast of La Libertad, and the hard shells left over from the fruit make a warm brown material that is surprisingly light to wear. Each piece is cut by hand, sanded smooth on both sides and polished with wax until the natural grain shows.\n\n" +
      "The earrings hang about 4 cm and come on stainless steel hooks. Keep them out of the shower and the sea, and now and then rub in a little beeswax if they look dry.",
    category: "jewelry",
    tradition: "Coconut shell jewelry of the coast",
    origin: { municipality: "La Libertad", department: "La Libertad" },
    technique: "Hand-cut, sanded and wax-polished coconut shell",
    materials: ["coconut shell", "beeswax", "stainless steel hooks"],
    production_time: "1 day",
    weight_grams: 10,
    options: [{ title: "Shape", values: ["Circle", "Leaf"] }],
    variants: [
      { title: "Circle", sku: "LL-COCO-CIR", options: { Shape: "Circle" }, prices: usd(1400), stock: 33 },
      { title: "Leaf", sku: "LL-COCO-LEAF", options: { Shape: "Leaf" }, prices: usd(1400), stock: 5 },
    ],
    palette: ["#5c3d2e", "#b08968", "#f2e3c6"],
  },
  {
    handle: "nahuizalco-jicaro-pendant",
    title: "Carved Jícaro Pendant",
    subtitle: "A disc of jícaro shell carved with a sun or a bird",
    description:
      "The jícaro, or morro, tree grows all over El Salvador, and its round, hard-shelled fruit has been made into bowls, cups and rattles since long before the Spanish arrived. In Nahuizalco, artisans cut discs from the dried shell, carve a design through the dark surface to the pale layer beneath, and polish each piece by hand.\n\n" +
      "The pendant is about 4 cm across and hangs on an adjustable waxed cotton cord. Keep it dry; a drop of oil on a cloth brings back the shine.",
    category: "jewelry",
    tradition: "Nahuizalco jícaro carving",
    origin: NAHUIZALCO,
    technique: "Carved and hand-polished jícaro shell",
    materials: ["jícaro shell", "waxed cotton cord"],
    production_time: "1 day",
    weight_grams: 15,
    options: [{ title: "Motif", values: ["Sun", "Bird"] }],
    variants: [
      { title: "Sun", sku: "NZ-JICARO-SUN", options: { Motif: "Sun" }, prices: usd(1600), stock: 20 },
      { title: "Bird", sku: "NZ-JICARO-BIRD", options: { Motif: "Bird" }, prices: usd(1600), stock: 3 },
    ],
    palette: ["#3b2418", "#c08552", "#f3e9dc"],
  },
  {
    handle: "recycled-paper-bead-necklace",
    title: "Recycled Paper Bead Necklace",
    subtitle: "Colourful beads rolled by hand from old magazines",
    description:
      "Every bead in this necklace starts as a long paper triangle cut from a discarded magazine or poster, rolled tightly by hand around a needle, glued, and sealed with several coats of water-based varnish. The beads come out striped with whatever colours the paper held, so each necklace is one of a kind within its colourway.\n\n" +
      "It is about 55 cm long, light on the neck, and slips over the head. The varnish shrugs off a little rain, but keep the necklace out of water.",
    category: "jewelry",
    tradition: "Recycled-material jewelry",
    origin: { municipality: "San Salvador", department: "San Salvador" },
    technique: "Hand-rolled recycled paper beads sealed with water-based varnish",
    materials: ["recycled paper", "water-based varnish", "nylon cord"],
    production_time: "2 days",
    weight_grams: 30,
    options: [{ title: "Colour", values: ["Warm mix", "Cool mix"] }],
    variants: [
      { title: "Warm mix", sku: "SV-PAPER-WRM", options: { Colour: "Warm mix" }, prices: usd(2000), stock: 18 },
      { title: "Cool mix", sku: "SV-PAPER-COL", options: { Colour: "Cool mix" }, prices: usd(2000), stock: 12 },
    ],
    palette: ["#e63946", "#f4a261", "#457b9d"],
  },
  {
    handle: "suchitoto-seed-bracelet",
    title: "Job's Tears Seed Bracelet",
    subtitle: "Pearly grey seeds on natural or indigo-dyed cord",
    description:
      "Job's tears, called lágrimas de San Pedro in El Salvador, are the hard, pearly seeds of a tall grass that grows along field edges and streams. Each seed already has a channel through the middle, which has made them a favourite bead in many parts of the world. In Suchitoto they are strung on cotton cord, left natural or dyed in the town's indigo vats.\n\n" +
      "The bracelet closes with a sliding knot, so one size fits most wrists. It is fine to get it a little wet; let it dry in the air.",
    category: "jewelry",
    tradition: "Seed jewelry",
    origin: SUCHITOTO,
    technique: "Hand-strung seeds on cotton cord with a sliding knot",
    materials: ["Job's tears seeds", "cotton cord", "natural indigo (añil)"],
    production_time: "1 day",
    weight_grams: 12,
    options: [{ title: "Cord", values: ["Natural", "Indigo"] }],
    variants: [
      { title: "Natural", sku: "SU-SEED-NAT", options: { Cord: "Natural" }, prices: usd(900), stock: 44 },
      { title: "Indigo", sku: "SU-SEED-IND", options: { Cord: "Indigo" }, prices: usd(900), stock: 1 },
    ],
    palette: ["#8e8d83", "#2f4f7f", "#ecebe4"],
  },

  // ---------------------------------------------------------- Baskets & tule
  {
    handle: "nahuizalco-tule-petate",
    title: "Nahuizalco Tule Petate",
    subtitle: "A hand-woven reed mat for the floor, the wall or the table",
    description:
      "The petate, a mat woven from tule reed, is one of the oldest household objects in Mesoamerica: people slept on petates, sat on them and dried grain and coffee on them. In Nahuizalco the reeds are cut from the wetlands, dried in the sun, split and woven by hand in a tight checkered pattern.\n\n" +
      "The small size works as a table mat or a wall hanging; the large one as a rug or a beach mat. Keep it dry, shake or brush off the dust, and store it rolled rather than folded.",
    category: "baskets",
    tradition: "Nahuizalco tule weaving",
    origin: NAHUIZALCO,
    technique: "Split tule hand-woven in a checkered plain weave",
    materials: ["tule reed"],
    production_time: "4 days",
    weight_grams: 700,
    options: [{ title: "Size", values: ["60 × 90 cm", "120 × 180 cm"] }],
    variants: [
      { title: "60 × 90 cm", sku: "NZ-PETATE-S", options: { Size: "60 × 90 cm" }, prices: usd(2800), stock: 12 },
      { title: "120 × 180 cm", sku: "NZ-PETATE-L", options: { Size: "120 × 180 cm" }, prices: usd(5500), stock: 4 },
    ],
    palette: ["#c9a66b", "#8a6a3b", "#efe0c0"],
  },
  {
    handle: "nahuizalco-tule-lidded-basket",
    title: "Nahuizalco Tule Basket with Lid",
    subtitle: "A lidded storage basket of sun-dried reed",
    description:
      "A round basket with a fitted lid, woven by hand in Nahuizalco from tule reed, with a band of dyed reed around the middle. It is light and firm and lets the air through, which makes it good for storing bread, yarn, toys or paperwork.\n\n" +
      "It comes in three sizes that nest inside each other. Dust it with a dry brush; if it gets wet, let it dry fully in the air before closing the lid.",
    category: "baskets",
    tradition: "Nahuizalco tule weaving",
    origin: NAHUIZALCO,
    technique: "Hand-woven tule",
    materials: ["tule reed", "dyed tule"],
    production_time: "3 days",
    weight_grams: 500,
    options: [{ title: "Size", values: ["Small", "Medium", "Large"] }],
    variants: [
      { title: "Small", sku: "NZ-TBASKET-S", options: { Size: "Small" }, prices: usd(2200), stock: 20 },
      { title: "Medium", sku: "NZ-TBASKET-M", options: { Size: "Medium" }, prices: usd(3000), stock: 15 },
      { title: "Large", sku: "NZ-TBASKET-L", options: { Size: "Large" }, prices: usd(3800), stock: 2 },
    ],
    palette: ["#b8874b", "#7f5539", "#e6ccb2"],
  },
  {
    handle: "nahuizalco-wicker-market-basket",
    title: "Nahuizalco Wicker Market Basket",
    subtitle: "A sturdy mimbre basket with an arched handle",
    description:
      "Nahuizalco is known across El Salvador for its mimbre, or wicker, which its workshops turn into everything from market baskets to whole living-room sets. This basket is woven around a strong frame with a fixed arched handle, the kind carried to market every morning all over the country.\n\n" +
      "Use it for shopping, picnics or storage. Wicker likes a little humidity: keep it away from radiators, and wipe it now and then with a damp cloth.",
    category: "baskets",
    tradition: "Nahuizalco wicker",
    origin: NAHUIZALCO,
    technique: "Wicker hand-woven over a bent frame",
    materials: ["mimbre (wicker)"],
    production_time: "3 days",
    weight_grams: 900,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", sku: "NZ-WICKER-BSK", options: { Size: "One size" }, prices: usd(3400), stock: 10 }],
    palette: ["#a47148", "#6f4518", "#f0d9b5"],
  },
  {
    handle: "nahuizalco-tule-placemats",
    title: "Nahuizalco Tule Placemats, Set of Four",
    subtitle: "Woven reed placemats with a coloured border",
    description:
      "Four oval placemats woven from natural tule with a border of dyed reed. Tule has a soft, warm texture that protects the table from hot plates and brings the feel of a Salvadoran kitchen to any dining room.\n\n" +
      "Wipe them with a damp cloth after use and let them dry flat; do not soak them.",
    category: "baskets",
    tradition: "Nahuizalco tule weaving",
    origin: NAHUIZALCO,
    technique: "Hand-woven tule",
    materials: ["tule reed", "dyed tule"],
    production_time: "2 days",
    weight_grams: 400,
    options: [{ title: "Border", values: ["Red", "Green", "Natural"] }],
    variants: [
      { title: "Red", sku: "NZ-PLACEMAT-RED", options: { Border: "Red" }, prices: usd(2400), stock: 16 },
      { title: "Green", sku: "NZ-PLACEMAT-GRN", options: { Border: "Green" }, prices: usd(2400), stock: 7 },
      { title: "Natural", sku: "NZ-PLACEMAT-NAT", options: { Border: "Natural" }, prices: usd(2400), stock: 0 },
    ],
    palette: ["#d4a373", "#bc4749", "#faedcd"],
  },
  {
    handle: "nahuizalco-wicker-footstool",
    title: "Nahuizalco Wicker Footstool",
    subtitle: "A low round stool of woven mimbre on a wooden frame",
    description:
      "A small piece of the furniture Nahuizalco's workshops are known for: a round footstool with a tightly woven wicker seat and sides on a wooden frame. It is sturdy enough to sit on and light enough to carry from room to room.\n\n" +
      "It ships fully assembled. Dust it with a soft brush, keep it indoors, and keep it away from direct heat so the wicker does not dry out.",
    category: "baskets",
    tradition: "Nahuizalco wicker",
    origin: NAHUIZALCO,
    technique: "Wicker woven over a wooden frame",
    materials: ["mimbre (wicker)", "wood"],
    production_time: "1 week",
    weight_grams: 2500,
    options: [{ title: "Size", values: ["One size"] }],
    variants: [{ title: "One size", sku: "NZ-STOOL", options: { Size: "One size" }, prices: usd(8500), stock: 1 }],
    palette: ["#9c6644", "#582f0e", "#ede0d4"],
  },
]
