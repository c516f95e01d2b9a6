import { retryOf } from "@/lib/retry-of"
import { ErrorState } from "./error-state"
import { SkeletonBlock, SkeletonLines } from "./skeleton"

interface QueryFallbackProps {
  /** A query still loading or failed. */
  query: { isError: boolean; error: unknown; refetch: () => unknown; isFetching: boolean }
  loadingLabel: string
  /** The grey lines' box, sized like the block that will come. */
  skeletonClassName: string
  errorTitle: string
}

/** A block's place until its data is in: grey lines while it loads, the error with a Retry if it failed. */
export function QueryFallback({ query, loadingLabel, skeletonClassName, errorTitle }: QueryFallbackProps) {
  if (query.isError) return <ErrorState title={errorTitle} {...retryOf(query)} />
  return (
    <SkeletonBlock label={loadingLabel} className={skeletonClassName}>
      <SkeletonLines />
    </SkeletonBlock>
  )
}
