/**
 * The demo catalog in Spanish (El Salvador), by handle: written to Medusa's
 * translation module by the seed. Pure data; a unit test checks that every
 * product and category of catalog-data.ts has its Spanish here.
 */
import type { CraftCategoryHandle } from "./catalog-data"

export interface ProductSpanish {
  title: string
  subtitle: string
  description: string
}

export const CATEGORIES_ES: Record<CraftCategoryHandle, { name: string; description: string }> = {
  pottery: {
    name: "Cerámica",
    description:
      "Miniaturas pintadas de Ilobasco y el barro negro lenca de Guatajiagua, modelados a mano y horneados en pequeños talleres.",
  },
  "textiles-hammocks": {
    name: "Textiles y hamacas",
    description: "Hamacas, manteles y bufandas tejidos en telares de pedal de madera en San Sebastián, San Vicente.",
  },
  "painted-wood": {
    name: "Madera pintada",
    description:
      "Cruces, cajitas y cuadros en el estilo naíf y alegre de La Palma, Chalatenango: flores, palomas y pueblitos de montaña.",
  },
  indigo: {
    name: "Teñidos en añil",
    description: "Bufandas, camisas y ropa de mesa teñidas a mano con añil natural en los talleres de Suchitoto.",
  },
  jewelry: {
    name: "Bisutería",
    description: "Collares, aretes y pulseras de semillas, concha de coco, jícaro y papel reciclado.",
  },
  baskets: {
    name: "Canastas y tule",
    description: "Petates, canastas y piezas de mimbre tejidos con tule y mimbre en Nahuizalco, Sonsonate.",
  },
}

export const PRODUCTS_ES: Record<string, ProductSpanish> = {
  "ilobasco-sorpresas": {
    title: "Sorpresas de Ilobasco, juego de tres",
    subtitle: "Conchitas de barro del tamaño de una nuez que se abren sobre una escena escondida",
    description:
      "Las sorpresas son uno de los inventos más queridos de Ilobasco: una cáscara de barro no más grande que una nuez, con forma de huevo, de fruta o de casita, que se levanta para descubrir una escena modelada adentro. Cada juego trae tres sorpresas distintas del tema que usted elija, desde mujeres torteando hasta una banda de pueblo o la Sagrada Familia.\n\nLas figuras se modelan a mano con herramientas finas, se hornean y se pintan con un pincel de apenas unos pelos. Son pequeñas y delicadas: guárdelas en una repisa o una vitrina, lejos de los niños pequeños, y quíteles el polvo con un pincel suave y seco.",
  },
  "ilobasco-market-stall": {
    title: "Puesto de mercado en miniatura de Ilobasco",
    subtitle: "Una escena de mercado del tamaño de la palma de la mano, en barro pintado",
    description:
      "Un puesto de mercado del tamaño de la palma de su mano: una vendedora bajo un toldo de rayas, rodeada de canastos de mangos, guineos y tomates, con un comal de pupusas en el fuego. Los alfareros de Ilobasco llevan mucho tiempo haciendo escenas en miniatura de la vida cotidiana salvadoreña, y no salen dos puestos iguales.\n\nCada fruta y cada figura se enrolla y se modela por separado, y luego se coloca sobre una base de barro antes de hornearla y pintarla. Es una pieza decorativa, no un juguete. Manténgala seca y lejos del sol directo para que los colores sigan vivos.",
  },
  "ilobasco-nativity": {
    title: "Nacimiento de barro de Ilobasco",
    subtitle: "Un nacimiento de barro pintado, del buey al ángel",
    description:
      "El nacimiento es el centro de muchos hogares salvadoreños en diciembre, y los talleres de Ilobasco son conocidos en todo el país por los suyos. El juego pequeño tiene nueve piezas: la Sagrada Familia, los tres reyes magos, el buey, el burro y un ángel. El grande está hecho a mayor escala y suma dos pastores y cuatro ovejas, quince piezas en total.\n\nLas figuras se modelan a mano, en el estilo redondo y alegre del pueblo, se hornean y se pintan con acrílicos de colores vivos. Envuelva cada pieza en papel de seda al guardarlas después de las fiestas y guarde el nacimiento en un lugar seco.",
  },
  "guatajiagua-black-comal": {
    title: "Comal de barro negro de Guatajiagua",
    subtitle: "Un comal lenca, bruñido con piedra y ennegrecido con nacascol",
    description:
      "El comal es la plancha redonda de barro en la que se cuecen las tortillas en esta región desde hace siglos. En Guatajiagua, las alfareras lencas todavía los levantan a mano, sin torno, los bruñen con una piedra lisa de río y los queman a fuego abierto. Con la pieza aún caliente la pintan con un tinte hervido de vainas de nacascol, que vuelve el barro rojo de un negro profundo y desigual.\n\nRecomendamos este comal como bandeja para servir tortillas, pan o fruta, no para la cocina. Límpielo con un trapo húmedo, déjelo secar del todo y nunca lo deje en remojo ni lo meta al lavaplatos.",
  },
  "guatajiagua-black-cantaro": {
    title: "Cántaro de barro negro de Guatajiagua",
    subtitle: "Un cántaro redondo de cuello angosto, al estilo lenca",
    description:
      "El cántaro es la tinaja de agua clásica del campo salvadoreño: una panza redonda que guarda bastante y un cuello angosto que mantiene limpia el agua. Los cántaros de Guatajiagua se decoran con líneas sencillas trazadas en el barro antes de quemarlos y se terminan en negro con nacascol, así que cada uno tiene su propio juego de partes mates y brillantes.\n\nSe levanta a mano con rollos de barro y se bruñe con una piedra hasta que la superficie brilla. El acabado de nacascol no es impermeable: úselo como florero para flores secas y ramas, o solo, como pieza escultórica. Quítele el polvo o páselo con un trapo apenas húmedo.",
  },
  "guatajiagua-black-olla": {
    title: "Olla de barro negro de Guatajiagua",
    subtitle: "Una olla ancha de dos asas para la mesa o la repisa",
    description:
      "Una olla es para cocinar, y esta conserva la forma baja y generosa y las dos asas pequeñas de las ollas de frijoles y sopas de las cocinas lencas. Su color negro viene del nacascol, un tinte hervido de las vainas de un árbol de la zona que se aplica recién salida del fuego.\n\nEsta olla se vende para adorno y para servir cosas secas: llénela de fruta o de pan, o úsela para cubrir una maceta. Límpiela con un trapo seco o apenas húmedo y no la deje en agua estancada.",
  },
  "san-sebastian-hammock": {
    title: "Hamaca de algodón de San Sebastián",
    subtitle: "Tejida en telar de pedal, hecha para las tardes largas",
    description:
      "San Sebastián, en el departamento de San Vicente, es el pueblo tejedor de El Salvador, y sus hamacas se hacen en telares de pedal de madera en talleres familiares. La cama de esta hamaca es una tela de algodón tupida con rayas de colores vivos, terminada con cuerdas anudadas a mano y gazas firmes listas para colgar.\n\nLa sencilla es para una persona adulta; la matrimonial es lo bastante ancha para acostarse de través, como se deben usar las hamacas. Cuélguela donde no le caiga la lluvia. Para lavarla, use agua fría y jabón suave a mano, y séquela a la sombra con las cuerdas amarradas para que no se enreden.",
  },
  "san-sebastian-hammock-chair": {
    title: "Silla hamaca de San Sebastián",
    subtitle: "Un asiento colgante con barra separadora de madera dura",
    description:
      "Una silla hamaca ocupa menos espacio que una hamaca entera y cabe en un corredor, un balcón o una viga firme dentro de la casa. El asiento se teje en telar de pedal en San Sebastián con el mismo algodón grueso de las hamacas del pueblo, y cuelga de una barra de madera dura que mantiene abierto el respaldo.\n\nCuélguela de un gancho o una viga que aguante el peso de una persona adulta, usando el aro de arriba. Lave la tela a mano en agua fría y séquela a la sombra.",
  },
  "san-sebastian-tablecloth": {
    title: "Mantel tejido de San Sebastián",
    subtitle: "Tela gruesa de algodón con franjas tejidas y fleco anudado",
    description:
      "Tejido en telar de pedal en San Sebastián, este mantel tiene el peso y la textura de una tela hecha hilo por hilo: las franjas de color van tejidas en la tela, no impresas, así que se ven igual por los dos lados. Los extremos terminan en un fleco corto anudado a mano.\n\nElija 150 × 150 cm para una mesa cuadrada de cuatro personas, o 150 × 220 cm para una mesa de seis. Lávelo a máquina en frío con ciclo delicado, séquelo a la sombra y plánchelo aún un poco húmedo.",
  },
  "san-sebastian-cotton-scarf": {
    title: "Bufanda de algodón de San Sebastián",
    subtitle: "Una bufanda liviana tejida en telar, con flecos torcidos",
    description:
      "Una bufanda de diario tejida en telar de pedal con hilo fino de algodón, en un tejido abierto que abriga lo suficiente para una noche fresca y es lo bastante liviano para el verano. Las rayas se montan en la urdimbre antes de empezar a tejer, así que cada combinación de colores es pareja, pero nunca perfecta como de máquina.\n\nLávela a mano en agua fría con jabón suave, enróllela en una toalla para quitarle el agua y séquela extendida a la sombra.",
  },
  "san-sebastian-table-runner": {
    title: "Camino de mesa de San Sebastián",
    subtitle: "Un camino largo tejido en algodón de rayas vivas",
    description:
      "Un camino de mesa tejido en San Sebastián con las mismas rayas vivas de las hamacas y las colchas del pueblo. Mide unos 35 × 180 cm, lo bastante largo para una mesa de comedor, y luce igual de bien doblado sobre una cómoda o al pie de la cama.\n\nLávelo a máquina en frío con ciclo delicado y séquelo a la sombra; el algodón se pone más suave con cada lavada.",
  },
  "san-sebastian-kitchen-towels": {
    title: "Secadores de cocina de San Sebastián, juego de tres",
    subtitle: "Algodón absorbente tejido en telar, con gaza para colgar",
    description:
      "Tres secadores de cocina tejidos en telar de pedal en algodón liso con orillas de color, cada uno con una gaza para colgarlo. El tejido es firme y absorbente, y se pone más suave mientras más se usa y se lava.\n\nLávelos a máquina en agua tibia y séquelos en secadora a baja temperatura o tendidos. Es normal que encojan un poco en la primera lavada, como todo algodón sin tratar.",
  },
  "la-palma-painted-cross": {
    title: "Cruz de madera pintada de La Palma",
    subtitle: "Flores vivas, palomas y un pueblito sobre pino",
    description:
      "A principios de los años setenta el artista Fernando Llort se estableció en La Palma, en las montañas de Chalatenango, y pintó allí en un estilo naíf sencillo y alegre de flores, palomas, casitas y pueblos en las laderas. Se lo enseñó a sus vecinos, y desde entonces los talleres del pueblo lo han hecho suyo. La cruz pintada es una de sus formas más conocidas.\n\nCada cruz se corta en pino, se lija, se pinta a mano alzada con acrílicos y se barniza, y lleva un gancho atrás para colgarla. Quítele el polvo con un trapo seco y manténgala lejos del sol fuerte para que los colores sigan vivos.",
  },
  "la-palma-copinol-keychain": {
    title: "Llavero de semilla de copinol pintada de La Palma",
    subtitle: "Una semilla dura de copinol pintada con un pequeño motivo de La Palma",
    description:
      "El copinol crece en los cerros alrededor de La Palma, y sus semillas grandes, duras y de color castaño se han vuelto un pequeño lienzo para los pintores del pueblo. Cada llavero es una sola semilla, pulida y pintada con un motivo del estilo de La Palma, sellada y con un aro de acero.\n\nAguanta bien en la bolsa o en la cartera, aunque con el tiempo las llaves gastan la pintura, como en todo objeto pintado a mano. Límpielo con un trapo seco.",
  },
  "la-palma-trinket-box": {
    title: "Cajita pintada de La Palma",
    subtitle: "Una caja de pino con bisagra para joyas, cartas o recuerdos",
    description:
      "Una cajita de pino con tapa de bisagra, pintada por todos lados con las flores, los pájaros y las casitas en la ladera del estilo de La Palma. Por dentro se deja la madera natural, así que al abrirla huele un poco a pino.\n\nLa pequeña sirve para anillos y aretes; la grande guarda cartas, fotos o una baraja. Quítele el polvo con un trapo seco y manténgala lejos de la humedad.",
  },
  "la-palma-village-plaque": {
    title: "Cuadro de pueblo de La Palma",
    subtitle: "Un pueblo de montaña pintado, con sol, palomas y flores",
    description:
      "El estilo de La Palma en todo su esplendor: un panel de pino pintado con un pueblo entero, desde la iglesia y las casitas de la ladera hasta el sol, las palomas y las flores del primer plano. Estos cuadros están entre las piezas más detalladas que hacen los talleres, y no hay dos iguales.\n\nMide unos 30 × 40 cm y trae colgador atrás. Cuélguelo dentro de la casa, lejos del sol directo y del vapor de la cocina y el baño.",
  },
  "la-palma-napkin-holder": {
    title: "Servilletero pintado de La Palma",
    subtitle: "Una pieza alegre de diario para la mesa de la cocina",
    description:
      "Un servilletero sencillo de pino, pintado por las dos caras en el estilo de La Palma con flores y un par de palomas. Lleva un poco de Chalatenango a la mesa del desayuno, y sirve igual de bien para ordenar cartas y postales en un escritorio.\n\nLímpielo con un trapo seco o apenas húmedo; no lo deje en remojo.",
  },
  "la-palma-christmas-ornaments": {
    title: "Adornos navideños de La Palma, juego de seis",
    subtitle: "Estrellas, palomas y casitas planas pintadas para el árbol",
    description:
      "Seis adornos planos cortados en pino delgado (una estrella, una paloma, una campana, una casita, un arbolito y un ángel), cada uno pintado por los dos lados en el estilo de La Palma y colgado de un cordón rojo de algodón. Son tan livianos que aguantan en las ramas más delgadas, y fáciles de mandar por correo como regalito.\n\nEntre una Navidad y otra, guárdelos envueltos en papel para que las caras pintadas no se rayen entre sí.",
  },
  "san-ignacio-serving-tray": {
    title: "Bandeja pintada de San Ignacio",
    subtitle: "Una bandeja al estilo de La Palma, del pueblo vecino",
    description:
      "San Ignacio queda justo arriba de La Palma, en la carretera hacia la frontera con Honduras, y sus talleres pintan en el mismo estilo. Esta bandeja de pino tiene bordes altos y agarraderas caladas, y su fondo lleva una escena completa de La Palma bajo varias capas de barniz.\n\nÚsela para servir cosas secas, como pan, tazas o boquitas, o como bandeja decorativa sobre una mesa. Límpiela con un trapo húmedo y séquela enseguida; no la deje en remojo ni la meta al lavaplatos.",
  },
  "suchitoto-indigo-scarf": {
    title: "Bufanda shibori de añil de Suchitoto",
    subtitle: "Algodón teñido a mano en una tina de añil natural",
    description:
      "El añil sale de las hojas del xiquilite, y en tiempos de la colonia fue la exportación más valiosa de la tierra que llegó a ser El Salvador. En Suchitoto los talleres han revivido el oficio. Esta bufanda se dobla, se amarra y se cose antes de teñirla, a la manera del shibori japonés, así que las partes amarradas no agarran el tinte y quedan anillos y líneas claras sobre el azul profundo.\n\nLa tela sale verde de la tina y se vuelve azul con el aire; cada nueva inmersión oscurece el color. Lávela a mano en agua fría con jabón suave, sola en las primeras lavadas, y séquela a la sombra.",
  },
  "suchitoto-indigo-table-runner": {
    title: "Camino de mesa de añil de Suchitoto",
    subtitle: "Doblado y prensado antes del teñido, para una cuadrícula nítida",
    description:
      "Este camino se dobla como abanico, se prensa entre bloques de madera y se sumerge una y otra vez en la tina de añil. Donde los bloques aprietan la tela el tinte no llega, y al desdoblarla aparece una cuadrícula de cuadros claros sobre el azul profundo. La técnica es sencilla y el resultado nunca sale igual dos veces.\n\nMide unos 35 × 180 cm. Lávelo a mano en agua fría, solo al principio, y séquelo a la sombra. El añil natural se suaviza y se destiñe poco a poco con los años, como debe ser.",
  },
  "suchitoto-indigo-shirt": {
    title: "Camisa de añil amarrada de Suchitoto",
    subtitle: "Una camisa holgada de algodón teñida a mano en azul profundo",
    description:
      "Una camisa de algodón holgada y sin cuello, cortada y cosida en El Salvador y teñida a mano con la técnica de amarrado en Suchitoto. La tela se recoge y se amarra con pita antes de entrar a la tina, y quedan manchas claras, suaves e irregulares sobre el añil.\n\nEl corte es amplio: si duda entre dos tallas, elija la más pequeña. Lávela al revés en agua fría, sola en las primeras lavadas, y séquela a la sombra.",
  },
  "suchitoto-indigo-napkins": {
    title: "Servilletas de añil de Suchitoto, juego de cuatro",
    subtitle: "Servilletas de tela en cuatro tonos de azul",
    description:
      "Cuatro servilletas de algodón, cada una sumergida en la tina de añil un número distinto de veces, así que el juego va de un celeste claro a un azul noche. Le dan color a la mesa de todos los días y duran muchísimo más que las de papel.\n\nLávelas en agua fría con ciclo delicado, solas en las primeras lavadas. Cuando están nuevas, el añil puede desteñir un poco sobre superficies claras.",
  },
  "suchitoto-indigo-tote": {
    title: "Bolsa de lona teñida en añil de Suchitoto",
    subtitle: "Una bolsa de mercado resistente con anillos de shibori",
    description:
      "Una bolsa amplia cosida en lona gruesa de algodón y teñida en Suchitoto con anillos claros, que se logran amarrando la tela alrededor de piedritas antes de meterla a la tina. Tiene asas largas para llevarla al hombro y un bolsillo interior para las llaves.\n\nLávela a mano en agua fría y cuélguela a secar a la sombra. Como todo añil natural, cuando está nueva puede manchar un poco la ropa clara.",
  },
  "suchitoto-indigo-cushion-cover": {
    title: "Funda de cojín de añil de Suchitoto",
    subtitle: "Un diseño de reserva cosida sobre algodón grueso, con zíper",
    description:
      "Antes de teñirla, a esta tela se le cosen hileras de puntadas que se jalan bien, de modo que se frunce en pliegues adonde el añil no llega. Al cortar los hilos, el diseño aparece como líneas de marquitas claras, como lluvia en una ventana u ondas en un lago.\n\nLa funda es para un cojín de 45 × 45 cm (no incluido) y cierra con zíper. Lávela al revés en agua fría y séquela a la sombra.",
  },
  "perquin-pacun-seed-necklace": {
    title: "Collar de semillas de pacún de Perquín",
    subtitle: "Semillas negras y brillantes ensartadas con cuentas de madera",
    description:
      "El pacún es la semilla redonda, negra y brillante del árbol de jaboncillo, cuyo fruto hace espuma en el agua y todavía se usa como jabón en el campo. En las montañas de pinos alrededor de Perquín, en el norte de Morazán, las semillas se perforan a mano y se ensartan con cuentitas de madera en collares livianos, duraderos y completamente de aquí.\n\nEl collar mide unos 50 cm y se amarra atrás. Manténgalo seco y lejos del perfume; si las semillas pierden el brillo, frótelas con una gota de aceite vegetal en un trapo suave.",
  },
  "coconut-shell-earrings": {
    title: "Aretes de concha de coco",
    subtitle: "Concha de coco cortada a mano, en ganchos de acero inoxidable",
    description:
      "Las palmeras de coco bordean la costa de La Libertad, y las conchas duras que sobran del fruto son un material café y cálido, sorprendentemente liviano de llevar. Cada pieza se corta a mano, se lija por los dos lados y se pule con cera hasta que se ve la veta natural.\n\nLos aretes cuelgan unos 4 cm y traen ganchos de acero inoxidable. No los use en la ducha ni en el mar, y de vez en cuando deles un poco de cera de abeja si se ven resecos.",
  },
  "nahuizalco-jicaro-pendant": {
    title: "Dije tallado de jícaro",
    subtitle: "Un disco de cáscara de jícaro tallado con un sol o un pájaro",
    description:
      "El jícaro, o morro, crece en todo El Salvador, y con su fruto redondo de cáscara dura se hacen huacales, tazas y sonajas desde mucho antes de que llegaran los españoles. En Nahuizalco, los artesanos cortan discos de la cáscara seca, tallan un diseño a través de la superficie oscura hasta la capa clara de abajo y pulen cada pieza a mano.\n\nEl dije mide unos 4 cm de ancho y cuelga de un cordón de algodón encerado ajustable. Manténgalo seco; una gota de aceite en un trapo le devuelve el brillo.",
  },
  "recycled-paper-bead-necklace": {
    title: "Collar de cuentas de papel reciclado",
    subtitle: "Cuentas de colores enrolladas a mano con revistas viejas",
    description:
      "Cada cuenta de este collar empieza como un triángulo largo de papel cortado de una revista o un afiche descartado, enrollado a mano bien apretado alrededor de una aguja, pegado y sellado con varias capas de barniz al agua. Las cuentas salen con rayas de los colores que traía el papel, así que cada collar es único dentro de su combinación de colores.\n\nMide unos 55 cm, es liviano y entra por la cabeza. El barniz aguanta un poco de lluvia, pero no meta el collar al agua.",
  },
  "suchitoto-seed-bracelet": {
    title: "Pulsera de lágrimas de San Pedro",
    subtitle: "Semillas gris perla en cordón natural o teñido en añil",
    description:
      "Las lágrimas de San Pedro son las semillas duras y nacaradas de una hierba alta que crece en las orillas de los campos y de las quebradas. Cada semilla ya trae un canal por el medio, y por eso son una cuenta favorita en muchas partes del mundo. En Suchitoto se ensartan en cordón de algodón, natural o teñido en las tinas de añil del pueblo.\n\nLa pulsera cierra con un nudo corredizo, así que una sola talla le queda a casi todas las muñecas. No pasa nada si se moja un poco; déjela secar al aire.",
  },
  "nahuizalco-tule-petate": {
    title: "Petate de tule de Nahuizalco",
    subtitle: "Una estera tejida a mano para el piso, la pared o la mesa",
    description:
      "El petate, una estera tejida de tule, es uno de los objetos de casa más antiguos de Mesoamérica: en petates se dormía, se sentaba la gente y se secaban el grano y el café. En Nahuizalco el tule se corta en los humedales, se seca al sol, se raja y se teje a mano en un cuadriculado apretado.\n\nEl pequeño sirve como individual o para colgar en la pared; el grande, como alfombra o estera de playa. Manténgalo seco, sacúdale o cepíllele el polvo y guárdelo enrollado, no doblado.",
  },
  "nahuizalco-tule-lidded-basket": {
    title: "Canasta de tule con tapadera de Nahuizalco",
    subtitle: "Una canasta con tapadera, de tule secado al sol",
    description:
      "Una canasta redonda con tapadera a la medida, tejida a mano en Nahuizalco con tule y una franja de tule teñido alrededor. Es liviana y firme y deja pasar el aire, así que sirve para guardar pan, lana, juguetes o papeles.\n\nViene en tres tamaños que caben una dentro de otra. Quítele el polvo con un cepillo seco; si se moja, déjela secar bien al aire antes de taparla.",
  },
  "nahuizalco-wicker-market-basket": {
    title: "Canasta de mimbre para el mercado de Nahuizalco",
    subtitle: "Una canasta de mimbre resistente con asa de arco",
    description:
      "Nahuizalco es conocido en todo El Salvador por su mimbre, con el que sus talleres hacen desde canastas de mercado hasta juegos de sala completos. Esta canasta se teje alrededor de una armazón firme con asa fija de arco, como las que se llevan al mercado cada mañana en todo el país.\n\nÚsela para las compras, para ir de paseo o para guardar cosas. Al mimbre le gusta un poco de humedad: manténgala lejos de fuentes de calor y pásele de vez en cuando un trapo húmedo.",
  },
  "nahuizalco-tule-placemats": {
    title: "Individuales de tule de Nahuizalco, juego de cuatro",
    subtitle: "Individuales de tule tejido con orilla de color",
    description:
      "Cuatro individuales ovalados tejidos con tule natural y una orilla de tule teñido. El tule tiene una textura suave y cálida que protege la mesa de los platos calientes y lleva el ambiente de una cocina salvadoreña a cualquier comedor.\n\nLímpielos con un trapo húmedo después de usarlos y déjelos secar extendidos; no los deje en remojo.",
  },
  "nahuizalco-wicker-footstool": {
    title: "Banquito de mimbre de Nahuizalco",
    subtitle: "Un banquito bajo y redondo de mimbre tejido sobre armazón de madera",
    description:
      "Una pieza pequeña de los muebles por los que son conocidos los talleres de Nahuizalco: un banquito redondo con asiento y costados de mimbre bien tejido sobre una armazón de madera. Es lo bastante firme para sentarse y lo bastante liviano para llevarlo de un cuarto a otro.\n\nSe envía armado. Quítele el polvo con un cepillo suave, úselo dentro de la casa y manténgalo lejos del calor directo para que el mimbre no se reseque.",
  },
}

/**
 * The words of product options (their names and values) and so of variant
 * titles ("Single / Sea stripes" is its values joined), English to Spanish.
 * Sizes in centimetres and S-XL read the same in both and are left out.
 */
export const OPTION_WORDS_ES: Record<string, string> = {
  Size: "Tamaño",
  Colour: "Color",
  Colours: "Colores",
  Theme: "Tema",
  Diameter: "Diámetro",
  Motif: "Motivo",
  Pattern: "Diseño",
  Shape: "Forma",
  Cord: "Cordón",
  Border: "Orilla",
  "One size": "Tamaño único",
  Small: "Pequeño",
  Medium: "Mediano",
  Large: "Grande",
  "Small (12 cm)": "Pequeño (12 cm)",
  "Medium (20 cm)": "Mediano (20 cm)",
  "Large (30 cm)": "Grande (30 cm)",
  Single: "Individual",
  Double: "Doble",
  "Village life": "Vida de pueblo",
  Nativity: "Nacimiento",
  "Music and dance": "Música y baile",
  "Sunset stripes": "Rayas de atardecer",
  "Sea stripes": "Rayas de mar",
  "Earth stripes": "Rayas de tierra",
  "Rainbow stripes": "Rayas de arcoíris",
  Maize: "Maíz",
  Coffee: "Café",
  Lake: "Lago",
  Festival: "Fiesta",
  "Indigo and sand": "Añil y arena",
  "Red borders": "Orillas rojas",
  "Green borders": "Orillas verdes",
  Dove: "Paloma",
  "Little house": "Casita",
  Flower: "Flor",
  Bright: "Vivos",
  "White and gold": "Blanco y dorado",
  Rings: "Anillos",
  Stripes: "Rayas",
  Clouds: "Nubes",
  Rain: "Lluvia",
  Waves: "Olas",
  "Black and natural": "Negro y natural",
  "Black and red": "Negro y rojo",
  Circle: "Círculo",
  Leaf: "Hoja",
  Sun: "Sol",
  Bird: "Pájaro",
  "Warm mix": "Mezcla cálida",
  "Cool mix": "Mezcla fresca",
  Natural: "Natural",
  Indigo: "Añil",
  Red: "Rojo",
  Green: "Verde",
}

/** Sizes like "150 × 220 cm" or "XL" need no Spanish. */
export const LANGUAGE_NEUTRAL_OPTION_WORD = /^(\d+( × \d+)? cm|S|M|L|XL)$/

/** A variant's or an option's text in Spanish: each " / "-joined part by the table; undefined when nothing changes. */
export function optionTextEs(english: string): string | undefined {
  const spanish = english
    .split(" / ")
    .map((part) => OPTION_WORDS_ES[part] ?? part)
    .join(" / ")
  return spanish === english ? undefined : spanish
}
