import { Alert, Button, Skeleton, Table, Text } from "@medusajs/ui"
import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { errorMessage } from "../lib/errors"

/** A failed load: what failed, the server's reason, and a way to try again. */
export function QueryError({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  return (
    <div className="px-6 py-4">
      <Alert variant="error">
        <div className="flex flex-col gap-y-2">
          <Text size="small">
            Could not load {what}: {errorMessage(error)}
          </Text>
          <div>
            <Button size="small" variant="secondary" onClick={onRetry}>
              Try again
            </Button>
          </div>
        </div>
      </Alert>
    </div>
  )
}

/**
 * A card's body that shows one query's answer: a placeholder while it loads
 * (a block, unless the card says what its content looks like), the failure
 * with "Try again", else what `children` makes of the data.
 */
export function QueryResult<Data>({
  query,
  what,
  placeholder = <Skeleton className="h-24 w-full" />,
  children,
}: {
  query: UseQueryResult<Data>
  /** Named in the failure: "Could not load the trust pages: ...". */
  what: string
  placeholder?: ReactNode
  children: (data: Data) => ReactNode
}) {
  if (query.isPending) return <div className="flex flex-col gap-y-2 px-6 py-4">{placeholder}</div>
  if (query.isError) return <QueryError what={what} error={query.error} onRetry={() => void query.refetch()} />
  return <>{children(query.data)}</>
}

/** Placeholder rows while a table loads, so the layout does not jump. */
export function SkeletonRows({ rows = 5, columns }: { rows?: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, row) => (
        <Table.Row key={`loading-${row}`}>
          {Array.from({ length: columns }, (_, cell) => (
            <Table.Cell key={cell}>
              <Skeleton className="h-4 w-full max-w-[120px]" />
            </Table.Cell>
          ))}
        </Table.Row>
      ))}
    </>
  )
}

/** Under a summary built from the first page of a longer list: says that only part of it was read. */
export function FirstPageNote({ shown, count, what }: { shown: number; count: number | undefined; what: string }) {
  if ((count ?? 0) <= shown) return null
  return (
    <Text size="xsmall" className="text-ui-fg-muted px-6 py-2">
      Based on the first {shown} of {count} {what}.
    </Text>
  )
}

/** An empty list's explanation, centred under the table header. */
export function EmptyState({ title, description }: { title: string; description?: string }) {
  return (
    <div className="flex flex-col items-center gap-y-1 px-6 py-10">
      <Text size="small" weight="plus">
        {title}
      </Text>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
  )
}
