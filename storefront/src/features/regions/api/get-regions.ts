import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { regionKeys } from "./query-keys"

// The picker shows name and currency; the automatic pick matches countries.
const REGION_FIELDS = "id,name,currency_code,*countries"

export async function getRegions() {
  const sdk = await getMedusa()
  const { regions } = await sdk.store.region.list({ fields: REGION_FIELDS, limit: 100 })
  return regions
}

export type Region = Awaited<ReturnType<typeof getRegions>>[number]

export function useRegions() {
  // Regions change when staff edit them, rarely within a visit.
  return useQuery({ queryKey: regionKeys.list(), queryFn: getRegions, staleTime: 10 * 60_000 })
}
