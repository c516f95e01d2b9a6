import { useMutation } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { TransferDue } from "./get-order-payment"

/** The lookup's own answer: the order by its number, never its id (the id is the key to the buyer's whole order). */
export interface LookedUpOrder {
  display_id: number
  created_at: string
  status: string
  fulfillment_status: string
  payment_status: string
  currency_code: string
  total: number
  items: { title: string; variant_title?: string | null; quantity: number; thumbnail?: string | null; total: number }[]
  /** How it was paid: the provider, whether the money was taken, and an awaited transfer's instructions. */
  payment: { provider_id: string | null; captured: boolean; transfer?: TransferDue | null } | null
}

export interface OrderLookupInput {
  email: string
  displayId: number
}

/** A guest's own order, found by the email it was placed with and its number. */
export async function lookupOrder({ email, displayId }: OrderLookupInput): Promise<LookedUpOrder> {
  const sdk = await getMedusa()
  const { order } = await sdk.client.fetch<{ order: LookedUpOrder }>("/store/order-lookup", {
    method: "POST",
    body: { email, display_id: displayId },
  })
  return order
}

export function useOrderLookup() {
  return useMutation({ mutationFn: lookupOrder })
}
