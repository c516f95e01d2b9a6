import { Link } from "react-router-dom"
import { CooperativesByGroup } from "@/features/cooperatives/components/cooperatives-by-group"
import { ImpactFigures } from "@/features/home/components/impact-figures"
import { Mission } from "@/features/home/components/mission"
import { homeMessages } from "@/features/home/messages"
import { ProductGrid } from "@/features/products/components/product-grid"
import { useMessages } from "@/lib/i18n"
import { HOME_FEATURED as FEATURED } from "../first-screen"
import { useShop } from "../shop-context"

export function Component() {
  const t = useMessages(homeMessages)
  const { region, locale } = useShop()
  return (
    <div className="home">
      <Mission />
      <ProductGrid
        regionId={region?.id}
        locale={locale}
        sort="newest"
        pageSize={FEATURED}
        title={t("featuredTitle")}
        footer={
          <Link className="home__see-all" to="/shop">
            {t("seeAllCrafts")}
          </Link>
        }
      />
      <CooperativesByGroup />
      <ImpactFigures locale={locale} currency={region?.currency_code} />
    </div>
  )
}
