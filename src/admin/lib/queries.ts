/**
 * What the typed route files (lib/*-api.ts) share: list parameters without
 * empty filters, offset pages, and saves that refresh what they change.
 */
import { useMutation, useQueryClient, type QueryKey } from "@tanstack/react-query"

/** A list route's page: how many rows, from where. */
export type PageParams = { limit?: number; offset?: number }

/** Drops empty filters: the routes validate strictly and refuse `status=`. */
export function compactQuery(params: Record<string, string | number | null | undefined>): Record<string, string | number> {
  const query: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query[key] = value
  }
  return query
}

/**
 * A save that refreshes the queries under each of `refreshes` once it
 * succeeds, or, with `evenOnFailure`, whatever the answer (a 404 or 409 means
 * the screen is stale). The refresh is awaited, so `mutateAsync` resolves
 * once the lists show the change.
 */
export function useRefreshingMutation<TVariables = void, TResult = unknown>(
  mutationFn: (variables: TVariables) => Promise<TResult>,
  refreshes: QueryKey[],
  { evenOnFailure = false }: { evenOnFailure?: boolean } = {}
) {
  const queryClient = useQueryClient()
  const refresh = () => Promise.all(refreshes.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
  return useMutation({
    mutationFn,
    onSuccess: evenOnFailure ? undefined : refresh,
    onSettled: evenOnFailure ? refresh : undefined,
  })
}
