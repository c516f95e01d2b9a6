import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { CATALOG_SPANISH_LOCALE } from "@cis/contract/catalog-locales"
import { spanishOfOriginsCooperativesAndDelivery } from "../scripts/seed/seed-translations"

/**
 * Stores seeded before the craft origins, cooperatives' crafts and delivery
 * options had Spanish get it once, when `medusa db:migrate` runs: the same
 * translations the seed now writes, for what has none yet (a translation
 * staff wrote is kept). A fresh database has nothing to translate here; the
 * seed writes them itself.
 */
export default async function addSpanishOfOriginsAndDelivery({ container }: { container: MedusaContainer }) {
  if (!container.hasRegistration(Modules.TRANSLATION)) return
  const translation = container.resolve(Modules.TRANSLATION)
  if ((await translation.listLocales({ code: CATALOG_SPANISH_LOCALE })).length === 0) return
  const wanted = await spanishOfOriginsCooperativesAndDelivery(container)
  if (!wanted.length) return
  const existing = await translation.listTranslations(
    { locale_code: CATALOG_SPANISH_LOCALE, reference_id: wanted.map((row) => row.reference_id) },
    { select: ["reference_id"], take: null }
  )
  const done = new Set(existing.map((row) => row.reference_id))
  const missing = wanted.filter((row) => !done.has(row.reference_id))
  if (missing.length) await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`Spanish craft origins, crafts and delivery options: ${missing.length} added`)
}
