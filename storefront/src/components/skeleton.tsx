import type { ReactNode } from "react"

/** Said once to screen readers; the grey shapes beside it are hidden from them. */
export function LoadingStatus({ label }: { label: string }) {
  return (
    <p role="status" className="visually-hidden">
      {label}
    </p>
  )
}

/** Grey text: one full line, then `short` shorter ones. */
export function SkeletonLines({ short = 1 }: { short?: number }) {
  return (
    <>
      <div className="skeleton skeleton--line" />
      {Array.from({ length: short }, (_, index) => (
        <div key={index} className="skeleton skeleton--line skeleton--short" />
      ))}
    </>
  )
}

interface SkeletonBlockProps {
  /** Said to screen readers while it loads. */
  label: string
  className: string
  testId?: string
  children: ReactNode
}

/** Grey shapes where one block will be: cheap to draw, and the page does not jump when it arrives. */
export function SkeletonBlock({ label, className, testId, children }: SkeletonBlockProps) {
  return (
    <>
      <LoadingStatus label={label} />
      <div className={className} aria-hidden="true" data-testid={testId}>
        {children}
      </div>
    </>
  )
}

interface SkeletonListProps {
  label: string
  /** How many grey items. */
  count: number
  className: string
  itemClassName: string
  /** Marks each item aria-busy, for styles that dim a loading card. */
  busyItems?: boolean
  testId?: string
  /** One item's grey insides. */
  children: ReactNode
}

/** Grey items where a list will be, in the list's own classes so they take its place exactly. */
export function SkeletonList({ label, count, className, itemClassName, busyItems, testId, children }: SkeletonListProps) {
  return (
    <>
      <LoadingStatus label={label} />
      <ul className={className} aria-hidden="true" data-testid={testId}>
        {Array.from({ length: count }, (_, index) => (
          <li key={index} className={itemClassName} aria-busy={busyItems || undefined}>
            {children}
          </li>
        ))}
      </ul>
    </>
  )
}
