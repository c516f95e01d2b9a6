import { FetchError } from "@medusajs/js-sdk"
import { QueryClient } from "@tanstack/react-query"

// A 4xx answer will not change on its own; network blips and 5xx often do.
function isWorthRetrying(error: unknown): boolean {
  const status = error instanceof FetchError ? (error.status ?? 0) : 0
  return status < 400 || status >= 500
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failureCount, error) => failureCount < 2 && isWorthRetrying(error),
      },
    },
  })
}
