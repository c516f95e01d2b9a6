import { defineMessages } from "@/lib/i18n"

export const trustPageMessages = defineMessages({
  en: {
    footerNav: "About the shop",
    about: "About CIS",
    shipping: "Shipping",
    returns: "Returns",
    privacy: "Privacy",
    contact: "Contact",
    loading: "Loading the page…",
    loadError: "We couldn't load this page.",
    notFoundTitle: "We couldn't find that page.",
    notFoundBody: "The link may be old. The crafts are all in the shop.",
    updated: "Last updated {date}",
    promises: "Delivery and returns",
    delivery: "Delivery",
    returnsLabel: "Returns",
    shippingLink: "Shipping times and costs",
    returnsLink: "Returns policy",
  },
  es: {
    footerNav: "Sobre la tienda",
    about: "Sobre el CIS",
    shipping: "Envíos",
    returns: "Devoluciones",
    privacy: "Privacidad",
    contact: "Contacto",
    loading: "Cargando la página…",
    loadError: "No pudimos cargar esta página.",
    notFoundTitle: "No encontramos esa página.",
    notFoundBody: "Puede que el enlace sea viejo. Todas las artesanías están en la tienda.",
    updated: "Actualizada el {date}",
    promises: "Entrega y devoluciones",
    delivery: "Entrega",
    returnsLabel: "Devoluciones",
    shippingLink: "Tiempos y costos de envío",
    returnsLink: "Política de devoluciones",
  },
})

/** The footer's order, and the words its links use before any page is loaded. */
export const TRUST_PAGE_LINKS = ["about", "shipping", "returns", "privacy", "contact"] as const
