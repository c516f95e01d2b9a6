/**
 * Renders a queued notification into an email in the recipient's language:
 * subject, HTML and plain text, from Handlebars templates (escaping by
 * default in HTML, logic-less, compiled once per process). Pure apart from
 * the template cache.
 */
import Handlebars from "handlebars"
import { fromMinorUnits } from "@cis/contract/currency"
import { PARTIALS } from "./templates/partials"
import { TEMPLATES } from "./templates"
import type { MailLanguage, MailTemplate, TemplateSources } from "./types"

export interface RenderedMail {
  subject: string
  html: string
  text: string
}

const INTL_LOCALE: Record<MailLanguage, string> = { en: "en-US", es: "es-SV" }

/** The buyer's language from a BCP 47 tag (the order's locale, es-SV or en-US); English otherwise. */
export function mailLanguage(locale: string | null | undefined): MailLanguage {
  return locale?.toLowerCase().startsWith("es") ? "es" : "en"
}

const engine = Handlebars.create()

type HelperOptions = { data: { root: { language?: MailLanguage } } }
const languageOf = (options: HelperOptions): MailLanguage => options.data.root.language ?? "es"

/** {{money 4500 "eur"}} -> "€45.00" / "45,00 €", exact: minor units become a decimal string, never a float. */
engine.registerHelper("money", (minor: number, currency: string, options: HelperOptions) => {
  const format = new Intl.NumberFormat(INTL_LOCALE[languageOf(options)], { style: "currency", currency: currency.toUpperCase() })
  // Intl formats decimal strings exactly (ES2023); the cast is for older lib typings.
  return format.format(fromMinorUnits(minor, currency) as unknown as number)
})

/** {{date iso}} -> "14 de marzo de 2026": the calendar date in El Salvador, where CIS works. */
engine.registerHelper("date", (iso: string, options: HelperOptions) =>
  new Intl.DateTimeFormat(INTL_LOCALE[languageOf(options)], { dateStyle: "long", timeZone: "America/El_Salvador" }).format(new Date(iso))
)

engine.registerHelper("upper", (text: string) => String(text ?? "").toUpperCase())

for (const [name, source] of Object.entries(PARTIALS)) engine.registerPartial(name, source)

type Compiled = { subject: HandlebarsTemplateDelegate; html: HandlebarsTemplateDelegate; text: HandlebarsTemplateDelegate }
const compiled = new Map<string, Compiled>()

function compile(key: string, sources: TemplateSources): Compiled {
  let entry = compiled.get(key)
  if (!entry) {
    // strict: a missing field fails the send (and it is retried or surfaced), instead of mailing a blank.
    entry = {
      subject: engine.compile(sources.subject, { noEscape: true, strict: true }),
      html: engine.compile(sources.html, { strict: true }),
      text: engine.compile(sources.text, { noEscape: true, strict: true }),
    }
    compiled.set(key, entry)
  }
  return entry
}

export function isMailTemplate(name: string): name is MailTemplate {
  return Object.hasOwn(TEMPLATES, name)
}

/** The email for a notification's template and data. Throws on an unknown template or missing data. */
export function renderMail(template: string, data: Record<string, unknown>): RenderedMail {
  if (!isMailTemplate(template)) throw new Error(`No email template named "${template}"`)
  const language: MailLanguage = data.language === "en" || data.language === "es" ? data.language : "es"
  const templates = compile(`${template}:${language}`, TEMPLATES[template][language])
  const context = { ...data, language }
  return {
    subject: templates.subject(context).trim(),
    html: templates.html(context),
    text: `${templates.text(context).replace(/\n{3,}/g, "\n\n").trim()}\n`,
  }
}
