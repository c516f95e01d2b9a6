import { ProductGrid } from "@/features/products/components/product-grid"
import { useShop } from "../shop-context"

export function Component() {
  const { region, locale } = useShop()
  return <ProductGrid regionId={region?.id} locale={locale} />
}
