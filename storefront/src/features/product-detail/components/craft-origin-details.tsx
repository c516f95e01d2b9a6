import type { StoreCraftOrigin } from "@cis/contract/craft-origin-response"
import { TitledSection } from "@/components/titled-section"
import { departmentName } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import { productDetailMessages } from "../messages"

interface CraftOriginDetailsProps {
  origin: StoreCraftOrigin
  locale: string
}

/** Only what staff filled in: a craft without a recorded technique shows no empty "Technique" row. */
export function CraftOriginDetails({ origin, locale }: CraftOriginDetailsProps) {
  const t = useMessages(productDetailMessages)
  const department = origin.origin_department ? departmentName(origin.origin_department) : undefined
  const place = [origin.origin_municipality, department].filter(Boolean).join(", ")
  const materials = (origin.materials ?? []).filter(Boolean)
  const rows: [string, string][] = []
  if (origin.technique) rows.push([t("technique"), origin.technique])
  if (materials.length > 0) rows.push([t("materials"), new Intl.ListFormat(locale, { type: "conjunction" }).format(materials)])
  if (place) rows.push([t("madeIn"), place])
  if (origin.production_time) rows.push([t("productionTime"), origin.production_time])
  if (origin.maker_notes) rows.push([t("makerNotes"), origin.maker_notes])
  if (rows.length === 0) return null

  return (
    <TitledSection className="panel product-card-panel" headingId="craft-origin-heading" title={t("craftOrigin")}>
      <dl className="craft-origin">
        {rows.map(([term, detail]) => (
          <div key={term} className="craft-origin__row">
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
      </dl>
    </TitledSection>
  )
}
