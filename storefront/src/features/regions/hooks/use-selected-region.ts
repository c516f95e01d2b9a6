import { useCallback, useState } from "react"
import { readStored, writeStored } from "@/lib/local-storage"
import { useRegions } from "../api/get-regions"
import { pickDefaultRegion } from "../utils/pick-default-region"

export const REGION_STORAGE_KEY = "cis-crafts.region-id"

/**
 * The region the shopper chose, remembered across visits. Until they choose,
 * it is the automatic pick, which is not stored so it can follow the browser.
 */
export function useSelectedRegion(locale: string) {
  const regionsQuery = useRegions()
  const [chosenId, setChosenId] = useState(() => readStored(REGION_STORAGE_KEY))
  const regions = regionsQuery.data ?? []
  // A remembered region staff have since deleted falls back to the automatic pick.
  const region = regions.find((candidate) => candidate.id === chosenId) ?? pickDefaultRegion(regions, locale)

  const selectRegion = useCallback((id: string) => {
    writeStored(REGION_STORAGE_KEY, id)
    setChosenId(id)
  }, [])

  return { regionsQuery, regions, region, selectRegion }
}
