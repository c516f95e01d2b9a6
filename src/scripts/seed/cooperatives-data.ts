/**
 * The demo cooperatives: who makes the crafts in the catalog.
 *
 * Pure data, no Medusa imports, like catalog-data.ts. The cooperatives are
 * FICTIONAL: invented names, members, contacts and accounts, set in real
 * Salvadoran towns and real craft traditions. Nothing here describes, or
 * speaks for, any real organisation or person.
 *
 * Each cooperative's public fields (name, place, story) can be shown in the
 * storefront; the contact, payout and notes fields are for CIS staff only.
 */
import type { DepartmentCode, PayoutMethod, ProducerGroup, RefundPolicy } from "@cis/contract/cooperative-vocabulary"

export interface CooperativeSeed {
  /** Matches HANDLE_PATTERN, unique. */
  handle: string
  /** Fictional, in Spanish. */
  name: string
  /** 1 to 3; a cooperative can be several. */
  producer_groups: ProducerGroup[]
  department: DepartmentCode
  /** A real municipality in that department. */
  municipality: string
  founded_year: number
  member_count: number
  /** Short English nouns, e.g. "painted wood". */
  crafts: string[]
  /** Two short paragraphs separated by "\n\n". */
  story_en: string
  /** The same story told in Salvadoran Spanish, not a literal translation. */
  story_es: string
  /** The cooperative's share of net item revenue, in basis points. */
  share_bps: number
  refund_policy: RefundPolicy
  // ---- private, staff-only (all fictional) ----
  contact_name: string
  contact_phone: string
  contact_email: string
  payout_method: PayoutMethod
  /** Null when the cooperative is paid in cash. */
  bank_details: string | null
  internal_notes: string | null
  /** Hex colours used by the banner: [main (dark), secondary, accent (light)]. */
  palette: [string, string, string]
}

export const COOPERATIVES: CooperativeSeed[] = [
  {
    handle: "colores-del-pital",
    name: "Cooperativa de Artesanos Colores del Pital",
    producer_groups: ["ex_combatants", "youth"],
    department: "chalatenango",
    municipality: "La Palma",
    founded_year: 1994,
    member_count: 18,
    crafts: ["painted wood", "copinol seed keychains", "christmas ornaments", "serving trays"],
    story_en:
      "Colores del Pital began in 1994 in a borrowed room in La Palma, when a small group of former combatants came home to the mountains of northern Chalatenango and went back to the brushes some of them had learnt to use before the war. They cut pine boards, laid out their paints on tin lids and started again with what the town already knew: bright flowers, white doves and little villages under a big sun.\n\n" +
      "Today the workshop is shared by those founders and a new generation of young painters from La Palma and San Ignacio, who learn the style at the long table and bring their own ideas to it. The older members are patient teachers; the younger ones keep the orders list and answer the messages. Every piece is cut, sanded, painted and varnished in the same workshop.",
    story_es:
      "Colores del Pital nació en 1994 en un cuarto prestado de La Palma. Un grupo pequeño de excombatientes volvió a las montañas del norte de Chalatenango y, como algunos ya sabían pintar desde antes de la guerra, agarraron otra vez los pinceles. Cortaron tablas de pino, pusieron la pintura en tapaderas de lata y empezaron de nuevo con lo que el pueblo ya conocía: flores de colores, palomas blancas y casitas bajo un sol grandote.\n\n" +
      "Hoy el taller lo comparten los fundadores y una nueva generación de jóvenes de La Palma y San Ignacio, que aprenden el estilo en la mesa larga y le van poniendo sus propias ideas. Los mayores enseñan con paciencia; los cipotes llevan la lista de pedidos y contestan los mensajes. Cada pieza se corta, se lija, se pinta y se barniza en el mismo taller.",
    share_bps: 6500,
    refund_policy: "organization_absorbs",
    contact_name: "José Antonio Guardado",
    contact_phone: "+503 7000 1101",
    contact_email: "pedidos.coloresdelpital@example.org",
    payout_method: "bank_transfer",
    bank_details:
      "Banco Agrícola, cuenta de ahorro 000-00000-1 a nombre de Cooperativa de Artesanos Colores del Pital de R.L.",
    internal_notes:
      "Also supplies the serving trays painted by two members who live in San Ignacio. Pine boards are bought in bulk twice a year; they ask for an advance on large Christmas orders by the end of August.",
    palette: ["#1f6f5c", "#f28c28", "#ffe8a3"],
  },
  {
    handle: "manos-de-arcilla",
    name: "Cooperativa de Ceramistas Manos de Arcilla",
    producer_groups: ["women", "youth"],
    department: "cabanas",
    municipality: "Ilobasco",
    founded_year: 2003,
    member_count: 24,
    crafts: ["ceramics", "clay miniatures", "nativity sets"],
    story_en:
      "In Ilobasco almost every street has a family workshop where clay is shaped at the kitchen table, and Manos de Arcilla grew out of several of them. In 2003 a group of women who had been selling their miniatures one by one to passing buyers decided to share a kiln, buy clay together and set their own prices.\n\n" +
      "The cooperative now runs a small training room where teenagers from the neighbourhood learn to model sorpresas, market scenes and nativity figures, and to paint them with brushes only a few hairs wide. Some stay on as members; others open their own workshops, which the cooperative counts as a success too.",
    story_es:
      "En Ilobasco casi en cada calle hay un taller familiar donde el barro se trabaja en la mesa de la cocina, y Manos de Arcilla nació de varios de esos talleres. En 2003, un grupo de mujeres que vendían sus miniaturas de una en una a los compradores que pasaban decidió compartir un horno, comprar el barro juntas y poner sus propios precios.\n\n" +
      "Ahora la cooperativa tiene un cuartito de capacitación donde muchachos y muchachas de la colonia aprenden a modelar sorpresas, escenas de mercado y nacimientos, y a pintarlos con pinceles de apenas unos pelitos. Algunos se quedan como socios; otros abren su propio taller, y eso también lo cuentan como un logro.",
    share_bps: 6000,
    refund_policy: "chargeback",
    contact_name: "Ana Cecilia Portillo",
    contact_phone: "+503 7000 2202",
    contact_email: "tesoreria.manosdearcilla@example.org",
    payout_method: "bank_transfer",
    bank_details:
      "Banco Hipotecario, cuenta corriente 000-00000-2 a nombre de Cooperativa de Ceramistas Manos de Arcilla de R.L.",
    internal_notes:
      "Refund policy is \"chargeback\" by decision of the cooperative's own general assembly (minutes on file): members asked that refunds on their pieces come out of their share, as they agree with their other buyers. CIS explained that absorbing refunds is the default and they kept their choice; ask again at their next annual assembly. Pieces are fragile: breakage in transit is a shipping claim, not a refund on their share.",
    palette: ["#8a3b24", "#e0a458", "#f7e1c4"],
  },
  {
    handle: "barro-negro-guatajiagua",
    name: "Cooperativa de Mujeres Alfareras Barro Negro",
    producer_groups: ["women"],
    department: "morazan",
    municipality: "Guatajiagua",
    founded_year: 1998,
    member_count: 14,
    crafts: ["black clay pottery", "comales", "cántaros"],
    story_en:
      "The women of Barro Negro are Lenca potters from Guatajiagua, in Morazán, where pots have been made the same way for generations: coiled and shaped by hand without a wheel, polished with a smooth stone, fired in the open and painted black with nacascol while they are still hot. Most members learnt from their mothers and grandmothers in the patio at home.\n\n" +
      "They formed the cooperative in 1998 so that the work of each household could reach buyers beyond the weekly market, and so that no one had to sell a week's pots for whatever price was offered on the road. They still fire together on the same days, and the older potters decide when a pot is good enough to leave the village.",
    story_es:
      "Las mujeres de Barro Negro son alfareras lencas de Guatajiagua, Morazán, donde las piezas se hacen igual que hace muchas generaciones: se levantan a mano, sin torno, se pulen con una piedra lisa, se queman al aire libre y, todavía calientes, se pintan de negro con nacascol. La mayoría aprendió de su mamá y de su abuela, en el patio de la casa.\n\n" +
      "Formaron la cooperativa en 1998 para que el trabajo de cada familia llegara más allá del mercado de la semana, y para que nadie tuviera que dar las piezas de toda una semana al precio que le ofrecieran en la calle. Todavía hacen las quemas juntas, los mismos días, y son las alfareras mayores las que dicen cuándo una pieza ya está lista para salir del pueblo.",
    share_bps: 7000,
    refund_policy: "organization_absorbs",
    contact_name: "Marta Lidia Chicas",
    contact_phone: "+503 7000 3303",
    contact_email: "barronegro.guatajiagua@example.org",
    payout_method: "cash",
    bank_details: null,
    internal_notes:
      "Paid in cash against a signed receipt when CIS staff visit for pickups, about once a month; the nearest bank branch is a long trip for them. Keep two receipt copies, one for their treasurer.",
    palette: ["#2b2522", "#8c5a3c", "#e9d3b4"],
  },
  {
    handle: "hilos-de-chichontepec",
    name: "Cooperativa Textil Hilos de Chichontepec",
    producer_groups: ["women", "ex_combatants"],
    department: "san-vicente",
    municipality: "San Sebastián",
    founded_year: 1993,
    member_count: 31,
    crafts: ["hammocks", "tablecloths", "scarves", "kitchen towels"],
    story_en:
      "Hilos de Chichontepec was founded in 1993 by women weavers in San Sebastián, the weaving town beneath the San Vicente volcano. Several of them had spent the war years as combatants; when they came home after the demobilisation, they went back to the treadle looms they had grown up with and looked for a way to work together instead of alone.\n\n" +
      "Today the cooperative has looms in a shared workshop and in members' homes, and the clack of the treadles can be heard from the street most mornings. They weave hammocks, tablecloths, scarves and towels in stripes they design themselves, and they keep a small fund so that a member can repair her loom without waiting for the next sale.",
    story_es:
      "Hilos de Chichontepec la fundaron en 1993 mujeres tejedoras de San Sebastián, el pueblo de los telares al pie del volcán de San Vicente. Varias de ellas habían pasado la guerra como combatientes; cuando regresaron después de la desmovilización, volvieron a los telares de pedal con los que habían crecido y buscaron la manera de trabajar juntas y no cada quien por su lado.\n\n" +
      "Hoy la cooperativa tiene telares en un taller común y en las casas de las socias, y casi todas las mañanas se oye desde la calle el golpeteo de los pedales. Tejen hamacas, manteles, bufandas y toallas con rayas que ellas mismas diseñan, y guardan un fondito para que cualquier socia pueda arreglar su telar sin esperar la próxima venta.",
    share_bps: 6500,
    refund_policy: "organization_absorbs",
    contact_name: "Rosa Amelia Hernández",
    contact_phone: "+503 7000 4404",
    contact_email: "hilos.chichontepec@example.org",
    payout_method: "bank_transfer",
    bank_details:
      "Banco de Fomento Agropecuario, cuenta de ahorro 000-00000-4 a nombre de Cooperativa Textil Hilos de Chichontepec de R.L.",
    internal_notes:
      "Hammocks need about three weeks for orders above ten pieces; confirm colours by phone before weaving starts.",
    palette: ["#7b2d5b", "#e4572e", "#f6d8ae"],
  },
  {
    handle: "cielo-de-anil",
    name: "Cooperativa de Mujeres Tintoreras Cielo de Añil",
    producer_groups: ["women"],
    department: "cuscatlan",
    municipality: "Suchitoto",
    founded_year: 2006,
    member_count: 12,
    crafts: ["indigo dyeing", "scarves", "table linen", "seed jewelry"],
    story_en:
      "Indigo, añil, was once El Salvador's great export, and in Suchitoto, above the lake, women have brought the old dye back to life. The members of Cielo de Añil started meeting in 2006 to learn the whole process together, from tending the vat to tying, folding and stitching cloth so that the pattern appears when it comes out of the blue.\n\n" +
      "Each piece goes into the vat several times to reach its colour, and no two come out quite alike. Between dye days the members string seed bracelets and roll paper beads, work they can do at home around their children and their fields, and the cooperative sells everything together.",
    story_es:
      "El añil fue en otros tiempos la gran exportación de El Salvador, y en Suchitoto, arriba del lago, las mujeres le han devuelto la vida a ese tinte antiguo. Las socias de Cielo de Añil empezaron a reunirse en 2006 para aprender juntas todo el proceso: cuidar la tina, amarrar, doblar y coser la tela para que el dibujo aparezca cuando sale del azul.\n\n" +
      "Cada pieza entra varias veces a la tina hasta agarrar su color, y ninguna sale igualita a otra. Entre un día de teñido y otro, las socias ensartan pulseras de semillas y enrollan cuentas de papel, un trabajo que pueden hacer en la casa, pendientes de los hijos y de la milpa, y la cooperativa lo vende todo junto.",
    share_bps: 6200,
    refund_policy: "organization_absorbs",
    contact_name: "Sandra Yamileth Mejía",
    contact_phone: "+503 7000 5505",
    contact_email: "cielodeanil.suchitoto@example.org",
    payout_method: "bank_transfer",
    bank_details:
      "Banco Cuscatlán, cuenta de ahorro 000-00000-5 a nombre de Cooperativa de Mujeres Tintoreras Cielo de Añil",
    internal_notes:
      "Also supplies the recycled paper bead necklaces, rolled by two members who moved to San Salvador and still belong to the cooperative; their pieces are delivered with the Suchitoto batch. Indigo batches vary in shade: photos are of one piece, say so in customer replies.",
    palette: ["#1d3461", "#4f7cac", "#dbe7f4"],
  },
  {
    handle: "flor-de-tule",
    name: "Cooperativa Artesanal Flor de Tule",
    producer_groups: ["women", "youth"],
    department: "sonsonate",
    municipality: "Nahuizalco",
    founded_year: 2009,
    member_count: 22,
    crafts: ["tule weaving", "wicker", "baskets", "jícaro carving"],
    story_en:
      "Nahuizalco is a Nahua town in the hills of Sonsonate, and its people have woven tule reed into petates and baskets for longer than anyone can say. Flor de Tule brings together women who weave at home with young people from the town who work mimbre and carve jícaro, so that the old crafts and the newer ones are sold side by side.\n\n" +
      "The reeds are cut, dried in the sun and woven on the floor of the patio, the way members' grandmothers did it. Since 2009 the cooperative has bought materials together and shared the trip to market, and the young members have taken on photographing each piece and packing orders so they travel well.",
    story_es:
      "Nahuizalco es un pueblo nahua en las alturas de Sonsonate, y su gente teje el tule en petates y canastas desde hace más tiempo del que nadie recuerda. Flor de Tule reúne a mujeres que tejen en su casa con jóvenes del pueblo que trabajan el mimbre y tallan el morro, para que los oficios de siempre y los más nuevos se vendan lado a lado.\n\n" +
      "El tule se corta, se asolea y se teje en el suelo del patio, como lo hacían las abuelas de las socias. Desde 2009 la cooperativa compra el material en conjunto y comparte el viaje al mercado, y los socios más jóvenes se encargan de tomarle fotos a cada pieza y de empacar los pedidos para que lleguen bien.",
    share_bps: 6000,
    refund_policy: "organization_absorbs",
    contact_name: "Juan Carlos Tepas",
    contact_phone: "+503 7000 6606",
    contact_email: "flordetule.nahuizalco@example.org",
    payout_method: "other",
    bank_details:
      "Depósito en la caja de crédito comunal de Nahuizalco, cuenta de aportaciones 000-00000-6 a nombre de Cooperativa Artesanal Flor de Tule",
    internal_notes:
      "Also markets the coconut shell earrings made by a partner family workshop on the La Libertad coast; payment for those goes through this cooperative, which passes it on in full. Wicker footstools ship as oversize parcels.",
    palette: ["#4a5d23", "#b5883e", "#efe3c2"],
  },
  {
    handle: "semillas-de-paz",
    name: "Cooperativa Semillas de Paz",
    producer_groups: ["youth", "ex_combatants"],
    department: "morazan",
    municipality: "Perquín",
    founded_year: 2001,
    member_count: 16,
    crafts: ["seed jewelry", "necklaces", "bracelets"],
    story_en:
      "After the war, many families came back to the pine-covered hills of northern Morazán and rebuilt their villages around Perquín almost from nothing. Semillas de Paz started there in 2001, when a few former combatants who made necklaces from forest seeds in their spare time began teaching the craft to young people who had grown up after the Peace Accords.\n\n" +
      "The members gather pacún and other seeds on the hillsides, dry them, drill them by hand and string them with small wooden beads. The older members bring the patience and the knowledge of the forest; the younger ones bring new designs and the energy to take them to fairs. The name is their own: seeds that were planted in peace.",
    story_es:
      "Después de la guerra, muchas familias regresaron a los cerros de pinos del norte de Morazán y levantaron otra vez sus comunidades alrededor de Perquín, casi desde cero. Semillas de Paz empezó ahí en 2001, cuando unos excombatientes que en sus ratos libres hacían collares con semillas del monte se pusieron a enseñarle el oficio a la juventud que creció después de los Acuerdos de Paz.\n\n" +
      "Los socios recogen pacún y otras semillas en las laderas, las secan, las perforan a mano y las ensartan con cuentitas de madera. Los mayores ponen la paciencia y lo que saben del monte; los jóvenes, los diseños nuevos y las ganas de llevarlos a las ferias. El nombre lo escogieron ellos: semillas sembradas en tiempos de paz.",
    share_bps: 6800,
    refund_policy: "organization_absorbs",
    contact_name: "Wilfredo Argueta",
    contact_phone: "+503 7000 7707",
    contact_email: "semillasdepaz.perquin@example.org",
    payout_method: "bank_transfer",
    bank_details:
      "Banco de Fomento Agropecuario, cuenta de ahorro 000-00000-7 a nombre de Cooperativa Semillas de Paz",
    internal_notes:
      "Seed harvest is seasonal: stock of the black-and-red necklace runs low in the rainy months. Happy to take on more jewelry lines if CIS finds buyers.",
    palette: ["#233d2b", "#a44a3f", "#ead9c6"],
  },
]

/**
 * Which cooperative makes each product, by handle. Products follow their
 * tradition and place; jewelry made elsewhere goes to the nearest cooperative
 * that makes jewelry (see each cooperative's internal_notes).
 */
export const PRODUCT_COOPERATIVE: Record<string, string> = {
  // Ilobasco ceramics
  "ilobasco-sorpresas": "manos-de-arcilla",
  "ilobasco-market-stall": "manos-de-arcilla",
  "ilobasco-nativity": "manos-de-arcilla",
  // Guatajiagua black clay
  "guatajiagua-black-comal": "barro-negro-guatajiagua",
  "guatajiagua-black-cantaro": "barro-negro-guatajiagua",
  "guatajiagua-black-olla": "barro-negro-guatajiagua",
  // San Sebastián treadle-loom weaving
  "san-sebastian-hammock": "hilos-de-chichontepec",
  "san-sebastian-hammock-chair": "hilos-de-chichontepec",
  "san-sebastian-tablecloth": "hilos-de-chichontepec",
  "san-sebastian-cotton-scarf": "hilos-de-chichontepec",
  "san-sebastian-table-runner": "hilos-de-chichontepec",
  "san-sebastian-kitchen-towels": "hilos-de-chichontepec",
  // La Palma painted wood (San Ignacio is the neighbouring town)
  "la-palma-painted-cross": "colores-del-pital",
  "la-palma-copinol-keychain": "colores-del-pital",
  "la-palma-trinket-box": "colores-del-pital",
  "la-palma-village-plaque": "colores-del-pital",
  "la-palma-napkin-holder": "colores-del-pital",
  "la-palma-christmas-ornaments": "colores-del-pital",
  "san-ignacio-serving-tray": "colores-del-pital",
  // Suchitoto indigo
  "suchitoto-indigo-scarf": "cielo-de-anil",
  "suchitoto-indigo-table-runner": "cielo-de-anil",
  "suchitoto-indigo-shirt": "cielo-de-anil",
  "suchitoto-indigo-napkins": "cielo-de-anil",
  "suchitoto-indigo-tote": "cielo-de-anil",
  "suchitoto-indigo-cushion-cover": "cielo-de-anil",
  // Jewelry
  "perquin-pacun-seed-necklace": "semillas-de-paz",
  "suchitoto-seed-bracelet": "cielo-de-anil",
  "recycled-paper-bead-necklace": "cielo-de-anil", // San Salvador: nearest jewelry-making cooperative
  "nahuizalco-jicaro-pendant": "flor-de-tule",
  "coconut-shell-earrings": "flor-de-tule", // La Libertad coast: nearest shell-working cooperative
  // Nahuizalco tule and wicker
  "nahuizalco-tule-petate": "flor-de-tule",
  "nahuizalco-tule-lidded-basket": "flor-de-tule",
  "nahuizalco-wicker-market-basket": "flor-de-tule",
  "nahuizalco-tule-placemats": "flor-de-tule",
  "nahuizalco-wicker-footstool": "flor-de-tule",
}
