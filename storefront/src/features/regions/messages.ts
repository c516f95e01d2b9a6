import { defineMessages } from "@/lib/i18n"

export const regionMessages = defineMessages({
  en: { label: "Ship to / currency", loading: "Loading…", unavailable: "Unavailable" },
  es: { label: "Enviar a / moneda", loading: "Cargando…", unavailable: "No disponible" },
})
