import { useParams } from "react-router-dom"
import { useAddToCart } from "@/features/cart/hooks/use-add-to-cart"
import { ProductDetail } from "@/features/product-detail/components/product-detail"
import { PurchasePromises } from "@/features/trust-pages/components/purchase-promises"
import { countryOfLocale } from "@/features/regions/utils/pick-default-region"
import { useShop } from "../shop-context"

export function Component() {
  const { handle = "" } = useParams()
  const { region, locale } = useShop()
  // The region in use, not only a stored choice: a first visit's automatic pick is never stored.
  const { addToCart } = useAddToCart(region?.id)
  // Taxes are per country: until checkout asks, the browser's country stands for the buyer's when the
  // region ships there (a Spanish browser in the EU region sees Spain's VAT), else the region's first.
  const countries = (region?.countries ?? []).map((c) => c.iso_2?.toLowerCase()).filter(Boolean)
  const browserCountry = countryOfLocale(navigator.language || "")
  const countryCode = browserCountry && countries.includes(browserCountry) ? browserCountry : countries[0]
  return (
    <ProductDetail
      handle={handle}
      regionId={region?.id}
      countryCode={countryCode}
      locale={locale}
      onAddToCart={addToCart}
      purchaseNotes={<PurchasePromises />}
    />
  )
}
