import { useState } from "react"
import { Fact } from "@/components/fact"
import { useMessages } from "@/lib/i18n"
import type { PortalVariant } from "../api/get-products"
import { inventoryMessages } from "../inventory-messages"
import { StockChangeNotice, type LastChange } from "./stock-change-notice"
import { StockEditor } from "./stock-editor"

interface VariantStockProps {
  variant: PortalVariant
  /** The product title with the variant's, as the notices name it. */
  item: string
  /** Shown only when it differs from the product title. */
  variantTitle: string | null
  lastChange: LastChange | null
  onChanged: (change: LastChange) => void
}

export function VariantStock({ variant, item, variantTitle, lastChange, onChanged }: VariantStockProps) {
  const t = useMessages(inventoryMessages)
  const [editing, setEditing] = useState<string | null>(null)
  const manyPlaces = variant.levels.length > 1
  const available = variant.levels.reduce((sum, level) => sum + Math.max(level.available_quantity, 0), 0)

  return (
    <li className="coop-variant">
      <div className="coop-variant__head">
        {variantTitle && <h4 className="coop-variant__title">{variantTitle}</h4>}
        {variant.sku && <p className="coop-muted">{t("sku", { sku: variant.sku })}</p>}
        {/* "Few left" on a variant with none left would tell a coordinator there is still something to sell. */}
        {variant.levels.length > 0 &&
          (available === 0 ? (
            <span className="coop-badge coop-badge--danger">{t("noneLeft")}</span>
          ) : (
            variant.low_stock && <span className="coop-badge coop-badge--warning">{t("lowStock")}</span>
          ))}
      </div>
      {variant.levels.length === 0 && <p className="coop-muted">{t("noInventory")}</p>}
      {variant.levels.map((level) => {
        const isLast = lastChange?.variantId === variant.id && lastChange.locationId === level.location_id
        return (
          <div key={level.location_id} className="coop-level">
            {manyPlaces && <p className="coop-level__place">{t("atLocation", { location: level.location_name ?? level.location_id })}</p>}
            <dl className="coop-counts">
              <Fact term={t("stocked")}>{level.stocked_quantity}</Fact>
              <Fact term={t("reserved")}>{level.reserved_quantity}</Fact>
              <Fact term={t("available")}>{level.available_quantity}</Fact>
            </dl>
            {isLast && lastChange && editing !== level.location_id && (
              <StockChangeNotice change={lastChange} onUndone={() => onChanged({ ...lastChange, undone: true })} />
            )}
            {editing === level.location_id ? (
              <StockEditor
                variantId={variant.id}
                level={level}
                onCancel={() => setEditing(null)}
                onSaved={({ from, to }) => {
                  setEditing(null)
                  onChanged({ variantId: variant.id, locationId: level.location_id, item, from, to, undone: false })
                }}
              />
            ) : (
              <button type="button" className="coop-button coop-button--quiet" aria-label={t("changeOf", { item })} onClick={() => setEditing(level.location_id)}>
                {t("change")}
              </button>
            )}
          </div>
        )
      })}
    </li>
  )
}
