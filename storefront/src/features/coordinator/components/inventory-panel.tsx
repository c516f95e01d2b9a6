import { useId, useState } from "react"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { usePortalProducts } from "../api/get-products"
import { inventoryMessages } from "../inventory-messages"
import { PortalError } from "./portal-error"
import { PortalSkeleton } from "./portal-skeleton"
import { ProductStock } from "./product-stock"
import type { LastChange } from "./stock-change-notice"

export function InventoryPanel() {
  const t = useMessages(inventoryMessages)
  const products = usePortalProducts()
  // Only the latest change can be undone, wherever in the list it was made.
  const [lastChange, setLastChange] = useState<LastChange | null>(null)
  const id = useId()

  let body
  if (products.isPending) body = <PortalSkeleton />
  else if (products.isError)
    body = <PortalError title={t("loadError")} {...retryOf(products)} />
  else if (products.data.length === 0) body = <p className="state">{t("empty")}</p>
  else
    body = (
      <ul className="stack-list coop-list">
        {products.data.map((product) => (
          <ProductStock key={product.id} product={product} lastChange={lastChange} onChanged={setLastChange} />
        ))}
      </ul>
    )

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("title")}</h2>
      <p className="coop-muted">{t("intro")}</p>
      {body}
    </section>
  )
}
