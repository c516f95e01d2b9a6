/** What a failed query needs to drive an error state: its error, a Retry that fetches again, and whether it is at it. */
export function retryOf(query: { error: unknown; refetch: () => unknown; isFetching: boolean }) {
  return { error: query.error, onRetry: () => void query.refetch(), retrying: query.isFetching }
}
