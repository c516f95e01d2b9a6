import { useQuery } from "@tanstack/react-query"
import { readBoot } from "@/lib/boot"
import { getMedusa } from "@/lib/medusa"
import { regionKeys } from "./query-keys"

// The picker shows name and currency; the automatic pick matches countries.
const REGION_FIELDS = "id,name,currency_code,*countries"

export async function getRegions() {
  const sdk = await getMedusa()
  const { regions } = await sdk.store.region.list({ fields: REGION_FIELDS, limit: 100 })
  return regions
}

// The boot data is as fresh as the page: it counts as read when the app started.
const bootReadAt = Date.now()

export type Region = Awaited<ReturnType<typeof getRegions>>[number]

export function useRegions() {
  // Regions change when staff edit them, rarely within a visit.
  // The page carries them (the storefront server's boot data, same fields): the first screen needs no request for them.
  const boot = readBoot().regions as Region[] | undefined
  return useQuery({
    queryKey: regionKeys.list(),
    queryFn: getRegions,
    staleTime: 10 * 60_000,
    ...(boot ? { initialData: boot, initialDataUpdatedAt: bootReadAt } : {}),
  })
}
