import { model } from "@medusajs/framework/utils"

/**
 * One trust page (about, shipping, returns, privacy, contact) in one
 * language. Staff edit the text in the dashboard; the storefront reads it
 * through /store/trust-pages, so a change needs no deploy.
 */
const TrustPage = model
  .define("trust_page", {
    id: model.id({ prefix: "tpage" }).primaryKey(),
    slug: model.enum(["about", "shipping", "returns", "privacy", "contact"]),
    locale: model.enum(["en", "es"]),
    title: model.text(),
    /** One or two sentences: the product page shows the shipping and returns ones beside Add to cart. */
    summary: model.text(),
    /** Plain text: paragraphs separated by blank lines, "- " list items (src/lib/trust-pages.ts). */
    body: model.text(),
    updated_by: model.text().nullable(),
  })
  .indexes([{ name: "IDX_trust_page_slug_locale_unique", on: ["slug", "locale"], unique: true, where: "deleted_at IS NULL" }])

export default TrustPage
