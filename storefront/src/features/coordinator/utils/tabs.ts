export const PORTAL_TABS = ["inventory", "orders", "earnings"] as const
export type PortalTab = (typeof PORTAL_TABS)[number]

/** The ?tab= of the portal's address; anything unknown opens the inventory, the daily task. */
export function parseTab(value: string | null): PortalTab {
  return PORTAL_TABS.find((tab) => tab === value) ?? "inventory"
}
