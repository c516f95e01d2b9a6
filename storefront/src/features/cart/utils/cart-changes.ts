import { cartLocaleFor } from "@/lib/i18n"
import type { CartSettings } from "../api/update-cart"

/**
 * What the cart must change to follow the buyer: the region picked in the
 * header (prices and currency) and the language (its lines' titles). A cart
 * with no locale holds the catalog's own English.
 */
export function cartChanges(
  cart: { region_id?: string | null; locale: string | null },
  regionId: string | undefined,
  locale: string
): CartSettings {
  const changes: CartSettings = {}
  if (regionId && cart.region_id !== regionId) changes.region_id = regionId
  if ((cart.locale ?? cartLocaleFor("en")) !== locale) changes.locale = locale
  return changes
}
