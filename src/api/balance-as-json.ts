import type { CooperativeBalance } from "../modules/ledger/queries"

/** A balance as its JSON answer carries it (the contract's type): the oldest unpaid date as an ISO string, as res.json would write it anyway. */
export function balanceAsJson<T extends CooperativeBalance>({ oldest_unpaid_at, ...balance }: T) {
  return { ...balance, oldest_unpaid_at: oldest_unpaid_at?.toISOString() ?? null }
}
