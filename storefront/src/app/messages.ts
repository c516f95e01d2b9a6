import { defineMessages } from "@/lib/i18n"

/** The frame around every page: header, navigation, footer. */
export const appMessages = defineMessages({
  en: {
    skip: "Skip to the content",
    brand: "CIS Fair Trade Crafts",
    mission: "Crafts made by Salvadoran cooperatives of women, youth and ex-combatants, sold on fair terms",
    navShop: "Shop",
    navCooperatives: "Cooperatives",
    navOrder: "Find my order",
    language: "Language",
    menu: "Menu",
    regionsError: "We couldn't load the places we ship to.",
    closedTitle: "The shop is not open yet.",
    closedBody: "No shipping regions are set up; please come back soon.",
    loadingPage: "Loading…",
    notFoundTitle: "We couldn't find that page.",
    notFoundBody: "The link may be old. The crafts are all in the shop.",
    footer: "A project of CIS, the solidarity center founded in San Salvador after the 1992 Peace Accords.",
  },
  es: {
    skip: "Saltar al contenido",
    brand: "Artesanías de Comercio Justo CIS",
    mission: "Artesanías hechas por cooperativas salvadoreñas de mujeres, jóvenes y excombatientes, vendidas con justicia",
    navShop: "Tienda",
    navCooperatives: "Cooperativas",
    navOrder: "Buscar mi pedido",
    language: "Idioma",
    menu: "Menú",
    regionsError: "No pudimos cargar los lugares a los que enviamos.",
    closedTitle: "La tienda todavía no está abierta.",
    closedBody: "Aún no hay regiones de envío; vuelva pronto, por favor.",
    loadingPage: "Cargando…",
    notFoundTitle: "No encontramos esa página.",
    notFoundBody: "Puede que el enlace sea viejo. Todas las artesanías están en la tienda.",
    footer: "Un proyecto del CIS, el centro de solidaridad fundado en San Salvador después de los Acuerdos de Paz de 1992.",
  },
})
