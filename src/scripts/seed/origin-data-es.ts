/**
 * The Spanish of the craft-origin facts, the cooperatives' craft lists and the
 * delivery options, keyed by the English the seed writes. Pure data: the seed
 * writes it to Medusa's translation module; a unit test checks nothing is missing.
 */

export const TECHNIQUES_ES: Record<string, string> = {
  "Carved and hand-polished jícaro shell": "Jícaro tallado y pulido a mano",
  "Coil-built by hand, stone-burnished, open-fired and blackened with nacascol dye":
    "Modelado a mano con rollos de barro, bruñido con piedra, quemado al aire libre y ennegrecido con tinte de nacascol",
  "Fold-and-clamp resist, dyed in a natural indigo vat": "Doblado y prensado en reserva, teñido en tina de añil natural",
  "Graduated dip-dyeing in a natural indigo vat": "Teñido por inmersión degradada en tina de añil natural",
  "Hand-bound tie-dye in a natural indigo vat": "Amarrado a mano y teñido en tina de añil natural",
  "Hand-built without a wheel, stone-burnished, open-fired and blackened with nacascol dye":
    "Modelado a mano sin torno, bruñido con piedra, quemado al aire libre y ennegrecido con tinte de nacascol",
  "Hand-cut, sanded and wax-polished coconut shell": "Concha de coco cortada a mano, lijada y pulida con cera",
  "Hand-drilled seeds strung on waxed cotton cord": "Semillas perforadas a mano y ensartadas en cordón de algodón encerado",
  "Hand-modelled and assembled clay miniatures, kiln-fired and brush-painted":
    "Miniaturas de barro modeladas y armadas a mano, horneadas y pintadas a pincel",
  "Hand-modelled clay figures, kiln-fired and brush-painted": "Figuras de barro modeladas a mano, horneadas y pintadas a pincel",
  "Hand-modelled miniature clay, kiln-fired and painted by brush": "Miniatura de barro modelada a mano, horneada y pintada a pincel",
  "Hand-rolled recycled paper beads sealed with water-based varnish":
    "Cuentas de papel reciclado enrolladas a mano y selladas con barniz al agua",
  "Hand-strung seeds on cotton cord with a sliding knot": "Semillas ensartadas a mano en cordón de algodón con nudo corredizo",
  "Hand-woven tule": "Tule tejido a mano",
  "Joined pine, painted freehand with acrylics and sealed with several coats of varnish":
    "Pino ensamblado, pintado a mano alzada con acrílicos y sellado con varias capas de barniz",
  "Joined pine, painted freehand with acrylics and varnished": "Pino ensamblado, pintado a mano alzada con acrílicos y barnizado",
  "Polished copinol seed, painted by hand and sealed": "Semilla de copinol pulida, pintada a mano y sellada",
  "Split tule hand-woven in a checkered plain weave": "Tule partido tejido a mano en tafetán ajedrezado",
  "Stitched resist, dyed in a natural indigo vat": "Reserva cosida, teñida en tina de añil natural",
  "Stone-bound ring resist, dyed in a natural indigo vat, then sewn":
    "Anillos de reserva amarrados sobre piedras, teñidos en tina de añil natural y luego cosidos",
  "Tie-and-stitch resist, dyed in a natural indigo vat": "Reserva amarrada y cosida, teñida en tina de añil natural",
  "Treadle-loom weaving with a hand-tied fringe": "Tejido en telar de pedal con flecos amarrados a mano",
  "Treadle-loom weaving with hand-knotted cords": "Tejido en telar de pedal con cuerdas anudadas a mano",
  "Treadle-loom weaving with hand-twisted fringes": "Tejido en telar de pedal con flecos torcidos a mano",
  "Treadle-loom weaving": "Tejido en telar de pedal",
  "Wicker hand-woven over a bent frame": "Mimbre tejido a mano sobre un armazón curvado",
  "Wicker woven over a wooden frame": "Mimbre tejido sobre un armazón de madera",
  "Cut from pine, painted freehand with acrylics and varnished": "Cortado en pino, pintado a mano alzada con acrílicos y barnizado",
}

/** Materials and crafts share one word list: "scarves", "cotton". */
export const WORDS_ES: Record<string, string> = {
  "Job's tears seeds": "semillas de lágrimas de San Pedro",
  "acrylic paint": "pintura acrílica",
  beeswax: "cera de abeja",
  "brass hinges": "bisagras de latón",
  "coconut shell": "concha de coco",
  "copinol seed": "semilla de copinol",
  "cotton canvas": "lona de algodón",
  "cotton cord": "cordón de algodón",
  cotton: "algodón",
  "dyed tule": "tule teñido",
  hardwood: "madera dura",
  "jícaro shell": "jícaro",
  "local clay": "barro local",
  "mimbre (wicker)": "mimbre",
  "nacascol dye": "tinte de nacascol",
  "natural indigo (añil)": "añil natural",
  "nylon cord": "cordón de nailon",
  "pacún seeds": "semillas de pacún",
  pine: "pino",
  "recycled paper": "papel reciclado",
  "stainless steel hooks": "ganchos de acero inoxidable",
  "steel ring": "aro de acero",
  "tule reed": "tule",
  varnish: "barniz",
  "water-based varnish": "barniz al agua",
  "waxed cotton cord": "cordón de algodón encerado",
  wood: "madera",
  "wooden beads": "cuentas de madera",
  zip: "zíper",
  // The cooperatives' crafts.
  "painted wood": "madera pintada",
  "copinol seed keychains": "llaveros de semilla de copinol",
  "christmas ornaments": "adornos navideños",
  "serving trays": "bandejas",
  ceramics: "cerámica",
  "clay miniatures": "miniaturas de barro",
  "nativity sets": "nacimientos",
  "black clay pottery": "alfarería de barro negro",
  comales: "comales",
  cántaros: "cántaros",
  hammocks: "hamacas",
  tablecloths: "manteles",
  scarves: "bufandas",
  "kitchen towels": "limpiadores de cocina",
  "indigo dyeing": "teñido en añil",
  "table linen": "ropa de mesa",
  "seed jewelry": "bisutería de semillas",
  "tule weaving": "tejido de tule",
  wicker: "mimbre",
  baskets: "canastas",
  "jícaro carving": "tallado de jícaro",
  necklaces: "collares",
  bracelets: "pulseras",
}

/** "4 days" -> "4 días", "1 week" -> "1 semana"; undefined for a form it does not know. */
export function durationEs(english: string): string | undefined {
  const match = /^(\d+) (day|week|month)s?$/.exec(english.trim())
  if (!match) return undefined
  const count = Number(match[1])
  const unit = { day: ["día", "días"], week: ["semana", "semanas"], month: ["mes", "meses"] }[match[2] as "day" | "week" | "month"]
  return `${count} ${count === 1 ? unit[0] : unit[1]}`
}

/** The seed's delivery options (src/scripts/seed.ts). */
export const SHIPPING_OPTION_NAMES_ES: Record<string, string> = {
  "Standard (10-20 days)": "Estándar (10 a 20 días)",
  "Express (4-7 days)": "Exprés (4 a 7 días)",
}
