import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"

interface CartMutationOptions {
  /** Where the answer is cached: each feature keeps its own copy of the cart. */
  keyOf: (cartId: string) => QueryKey
  /** Read again after a refusal, which may come from a cart or stock that changed elsewhere. */
  refreshOnError?: QueryKey
}

/**
 * A change Medusa answers with the whole cart: the answer replaces the cached
 * cart at once, so the page shows what the store now holds without a refetch.
 */
export function useCartMutation<TVariables, TCart extends { id: string }>(
  mutationFn: (variables: TVariables) => Promise<TCart>,
  { keyOf, refreshOnError }: CartMutationOptions
) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: (cart) => queryClient.setQueryData(keyOf(cart.id), cart),
    onError: refreshOnError ? () => queryClient.invalidateQueries({ queryKey: refreshOnError }) : undefined,
  })
}
