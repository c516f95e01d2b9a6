import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TrustPageLocale, TrustPageSlug, TrustPageText } from "../../../lib/trust-pages"
import { TRUST_PAGE_MODULE } from "../../../modules/trust-page"
import type TrustPageModuleService from "../../../modules/trust-page/service"

export type UpdateTrustPageInput = {
  slug: TrustPageSlug
  texts: Partial<Record<TrustPageLocale, TrustPageText>>
  updated_by: string
}

type Row = Awaited<ReturnType<TrustPageModuleService["listTrustPages"]>>[number]
type Undo = { created: string[]; previous: Pick<Row, "id" | "title" | "summary" | "body" | "updated_by">[] }

export const updateTrustPageStepId = "update-trust-page"

/** Writes a page's text in the languages given (a language never saved gets its row); undone by restoring what it replaced. */
export const updateTrustPageStep = createStep(
  updateTrustPageStepId,
  async (input: UpdateTrustPageInput, { container }) => {
    const pages: TrustPageModuleService = container.resolve(TRUST_PAGE_MODULE)
    const existing = await pages.listTrustPages({ slug: input.slug })
    const undo: Undo = { created: [], previous: [] }
    const saved: Row[] = []
    for (const [locale, text] of Object.entries(input.texts) as [TrustPageLocale, TrustPageText][]) {
      const row = existing.find((page) => page.locale === locale)
      if (row) {
        undo.previous.push({ id: row.id, title: row.title, summary: row.summary, body: row.body, updated_by: row.updated_by })
        saved.push(await pages.updateTrustPages({ id: row.id, ...text, updated_by: input.updated_by }))
      } else {
        const created = await pages.createTrustPages({ slug: input.slug, locale, ...text, updated_by: input.updated_by })
        undo.created.push(created.id)
        saved.push(created)
      }
    }
    return new StepResponse(saved, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const pages: TrustPageModuleService = container.resolve(TRUST_PAGE_MODULE)
    if (undo.created.length) await pages.deleteTrustPages(undo.created)
    if (undo.previous.length) await pages.updateTrustPages(undo.previous)
  }
)
