/** Medusa names the one variant of a single-variant product "Default" (or "Default Variant"): nothing to show. */
export function meaningfulVariantTitle(variantTitle: string | null | undefined, productTitle: string): string | null {
  if (!variantTitle || variantTitle === productTitle || /^default( variant)?$/i.test(variantTitle.trim())) return null
  return variantTitle
}
