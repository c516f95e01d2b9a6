import { defineMessages } from "@/lib/i18n"

/** Words of the shared components (error states, pagination, the crash fallback). */
export const componentMessages = defineMessages({
  en: {
    retry: "Retry",
    retrying: "Retrying…",
    pages: "Pages",
    previous: "Previous",
    next: "Next",
    range: "{first}–{last} of {count}",
    crashed: "Something went wrong on this page.",
    reload: "Reload the page",
  },
  es: {
    retry: "Reintentar",
    retrying: "Reintentando…",
    pages: "Páginas",
    previous: "Anterior",
    next: "Siguiente",
    range: "{first}–{last} de {count}",
    crashed: "Algo salió mal en esta página.",
    reload: "Volver a cargar la página",
  },
})
