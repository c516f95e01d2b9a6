/**
 * The shop's trust pages (about CIS, shipping, returns, privacy, contact):
 * which ones exist, in which languages, and the text a new store starts
 * with. Staff rewrite them in the dashboard; these defaults are only written
 * where a page has no row yet (src/migration-scripts/seed-trust-pages.ts).
 */
import type { TrustPageLocale, TrustPageSlug, TrustPageText } from "@cis/contract/trust-page"

/** Which pages and languages exist, and their limits, are the contract's (shared with the route's schema and the dashboard). */
export {
  TRUST_PAGE_LIMITS,
  TRUST_PAGE_LOCALES,
  TRUST_PAGE_SLUGS,
  isTrustPageSlug,
  type TrustPageLocale,
  type TrustPageSlug,
  type TrustPageText,
} from "@cis/contract/trust-page"

/**
 * The body is plain text: blank lines separate paragraphs, lines starting
 * with "- " are list items. No HTML, so nothing staff write can run in a
 * buyer's browser.
 */
export const DEFAULT_TRUST_PAGES: Record<TrustPageSlug, Record<TrustPageLocale, TrustPageText>> = {
  about: {
    en: {
      title: "About CIS",
      summary: "A solidarity center founded in San Salvador after the 1992 Peace Accords, selling crafts made by Salvadoran cooperatives.",
      body: [
        "CIS is a solidarity center founded in San Salvador after the 1992 Peace Accords. This shop sells crafts made by cooperatives of women, young people and former combatants across El Salvador.",
        "Every product page shows who made the craft and where your money goes: the cooperative's share, the community development fund and what keeps CIS running.",
        "We pack every order in San Salvador and ship it as one parcel.",
      ].join("\n\n"),
    },
    es: {
      title: "Sobre el CIS",
      summary: "Un centro de solidaridad fundado en San Salvador después de los Acuerdos de Paz de 1992, que vende artesanías de cooperativas salvadoreñas.",
      body: [
        "El CIS es un centro de solidaridad fundado en San Salvador después de los Acuerdos de Paz de 1992. Esta tienda vende artesanías hechas por cooperativas de mujeres, jóvenes y excombatientes de todo El Salvador.",
        "Cada página de producto muestra quién hizo la artesanía y adónde va su dinero: la parte de la cooperativa, el fondo de desarrollo comunitario y lo que sostiene al CIS.",
        "Empacamos cada pedido en San Salvador y lo enviamos en un solo paquete.",
      ].join("\n\n"),
    },
  },
  shipping: {
    en: {
      title: "Shipping",
      summary: "Ships from San Salvador within 3 business days; arrives in 7-12 business days in the US and Canada, 10-15 in Europe and the UK.",
      body: [
        "Every order is packed by hand in San Salvador and leaves within 3 business days of payment (a bank transfer counts from the day it arrives).",
        "Delivery times and costs by region:",
        "- United States: 7-12 business days; standard shipping as shown at checkout",
        "- Canada: 8-12 business days",
        "- European Union: 10-15 business days; import VAT is included in the price",
        "- United Kingdom: 10-15 business days; import VAT is included in the price",
        "- El Salvador: 2-4 business days",
        "The exact cost for your address is shown at checkout before you pay. You receive an email with the tracking number when the parcel leaves.",
      ].join("\n"),
    },
    es: {
      title: "Envíos",
      summary: "Sale de San Salvador en 3 días hábiles; llega en 7-12 días hábiles a EE. UU. y Canadá, 10-15 a Europa y el Reino Unido.",
      body: [
        "Cada pedido se empaca a mano en San Salvador y sale dentro de 3 días hábiles después del pago (una transferencia cuenta desde el día en que llega).",
        "Tiempos y costos de entrega por región:",
        "- Estados Unidos: 7-12 días hábiles; envío estándar según se muestra al pagar",
        "- Canadá: 8-12 días hábiles",
        "- Unión Europea: 10-15 días hábiles; el IVA de importación está incluido en el precio",
        "- Reino Unido: 10-15 días hábiles; el IVA de importación está incluido en el precio",
        "- El Salvador: 2-4 días hábiles",
        "El costo exacto para su dirección aparece al pagar, antes de confirmar. Recibirá un correo con el número de seguimiento cuando el paquete salga.",
      ].join("\n"),
    },
  },
  returns: {
    en: {
      title: "Returns",
      summary: "Return any craft within 30 days of delivery for a full refund of its price.",
      body: [
        "If a craft is not what you hoped for, write to us within 30 days of delivery and send it back unused. We refund its price to the way you paid, within 10 business days of receiving it.",
        "A craft that arrived damaged is replaced or refunded in full, shipping included: send us a photo.",
        "The cooperative keeps its share of a returned sale: CIS bears the loss.",
      ].join("\n\n"),
    },
    es: {
      title: "Devoluciones",
      summary: "Devuelva cualquier artesanía dentro de 30 días desde la entrega y le reembolsamos su precio completo.",
      body: [
        "Si una artesanía no es lo que esperaba, escríbanos dentro de 30 días desde la entrega y devuélvala sin usar. Le reembolsamos su precio por el mismo medio de pago, dentro de 10 días hábiles desde que la recibimos.",
        "Si una artesanía llegó dañada, la reponemos o reembolsamos por completo, envío incluido: envíenos una foto.",
        "La cooperativa conserva su parte de una venta devuelta: el CIS asume la pérdida.",
      ].join("\n\n"),
    },
  },
  privacy: {
    en: {
      title: "Privacy",
      summary: "We use your name, address and email only to deliver your order and answer you.",
      body: [
        "We keep what you give us at checkout (name, email, shipping address) to deliver your order, send its emails and answer your questions. We never sell it or share it, except with the carrier that delivers the parcel and, for card payments, with Stripe.",
        "Cooperatives do not receive buyers' contact details.",
        "To see, correct or delete your data, write to us (see Contact).",
      ].join("\n\n"),
    },
    es: {
      title: "Privacidad",
      summary: "Usamos su nombre, dirección y correo solo para entregar su pedido y responderle.",
      body: [
        "Guardamos lo que nos da al pagar (nombre, correo, dirección de envío) para entregar su pedido, enviarle sus correos y responder sus preguntas. Nunca lo vendemos ni lo compartimos, salvo con la empresa que entrega el paquete y, en pagos con tarjeta, con Stripe.",
        "Las cooperativas no reciben los datos de contacto de los compradores.",
        "Para ver, corregir o borrar sus datos, escríbanos (vea Contacto).",
      ].join("\n\n"),
    },
  },
  contact: {
    en: {
      title: "Contact",
      summary: "Write to us about an order, a return or a cooperative.",
      body: [
        "CIS - Centro de Intercambio y Solidaridad, San Salvador, El Salvador.",
        "Write to us about an order (with its number), a return, or a cooperative you would like to know more about. We answer within two business days, in English or Spanish.",
      ].join("\n\n"),
    },
    es: {
      title: "Contacto",
      summary: "Escríbanos sobre un pedido, una devolución o una cooperativa.",
      body: [
        "CIS - Centro de Intercambio y Solidaridad, San Salvador, El Salvador.",
        "Escríbanos sobre un pedido (con su número), una devolución o una cooperativa que quiera conocer mejor. Respondemos en dos días hábiles, en español o en inglés.",
      ].join("\n\n"),
    },
  },
}
