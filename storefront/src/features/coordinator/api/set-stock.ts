import type { CoordinatorSetStockResponse } from "@cis/contract/coordinator-response"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { coordinatorFetch } from "./client"
import type { PortalProduct } from "./get-products"
import { coordinatorKeys } from "./query-keys"

export interface SetStockInput {
  variantId: string
  locationId: string
  quantity: number
  reason?: string
}

/** The count as set (the contract's StockChange) and what is now available. */
export type SetStockResult = CoordinatorSetStockResponse

export function setStock({ variantId, locationId, quantity, reason }: SetStockInput): Promise<SetStockResult> {
  // The route refuses unknown fields, so an empty reason is left out rather than sent blank.
  const body = { quantity, location_id: locationId, ...(reason?.trim() ? { reason: reason.trim() } : {}) }
  return coordinatorFetch<SetStockResult>(`/coordinator/variants/${encodeURIComponent(variantId)}/stock`, { method: "POST", body })
}

/** The new count shows at once (slow connections), then the list is asked again for everything else that moved. */
export function useSetStock() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: setStock,
    onSuccess: (result, input) => {
      // Every language's list holds the same counts.
      queryClient.setQueriesData<PortalProduct[]>({ queryKey: coordinatorKeys.products() }, (products) =>
        products?.map((product) => ({
          ...product,
          variants: product.variants.map((variant) =>
            variant.id !== input.variantId
              ? variant
              : {
                  ...variant,
                  levels: variant.levels.map((level) =>
                    level.location_id !== input.locationId
                      ? level
                      : { ...level, stocked_quantity: result.stock_change.to_quantity, available_quantity: result.available_quantity }
                  ),
                }
          ),
        }))
      )
      void queryClient.invalidateQueries({ queryKey: coordinatorKeys.products() })
    },
    // A refusal often means the reservations moved: show the counts as they are now.
    onError: () => queryClient.invalidateQueries({ queryKey: coordinatorKeys.products() }),
  })
}
