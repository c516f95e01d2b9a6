import { useId } from "react"
import { useLocale, useMessages } from "@/lib/i18n"
import type { Region } from "../api/get-regions"
import { regionMessages } from "../messages"
import { regionsByDisplayName } from "../utils/region-names"

interface RegionPickerProps {
  regions: readonly Region[]
  selectedId: string | undefined
  onSelect: (regionId: string) => void
  loading: boolean
}

export function RegionPicker({ regions, selectedId, onSelect, loading }: RegionPickerProps) {
  const id = useId()
  const t = useMessages(regionMessages)
  // "Reino Unido", "Unión Europea": the reader's language and alphabetical order (Intl.DisplayNames).
  const named = regionsByDisplayName(regions, useLocale())
  return (
    <div className="region-picker">
      <label htmlFor={id}>{t("label")}</label>
      <select
        id={id}
        value={selectedId ?? ""}
        onChange={(event) => onSelect(event.target.value)}
        disabled={regions.length === 0}
      >
        {regions.length === 0 && <option value="">{loading ? t("loading") : t("unavailable")}</option>}
        {named.map(({ region, name }) => (
          <option key={region.id} value={region.id}>
            {name} ({region.currency_code.toUpperCase()})
          </option>
        ))}
      </select>
    </div>
  )
}
