import { defineMessages } from "@/lib/i18n"

export const productMessages = defineMessages({
  en: {
    heading: "Crafts",
    loading: "Loading crafts…",
    error: "We couldn't load the crafts.",
    emptyTitle: "No crafts here yet.",
    emptyBody: "The cooperatives' crafts will appear here as soon as they are listed.",
    firstPage: "Back to the first page",
    count: "{count} crafts",
    countOne: "1 craft",
    from: "from {price}",
    madeBy: "Made by {name}",
    notSold: "Not sold in this region",
  },
  es: {
    heading: "Artesanías",
    loading: "Cargando artesanías…",
    error: "No pudimos cargar las artesanías.",
    emptyTitle: "Todavía no hay artesanías aquí.",
    emptyBody: "Las artesanías de las cooperativas aparecerán aquí en cuanto se publiquen.",
    firstPage: "Volver a la primera página",
    count: "{count} artesanías",
    countOne: "1 artesanía",
    from: "desde {price}",
    madeBy: "Hecho por {name}",
    notSold: "No se vende en esta región",
  },
})
