/**
 * A list's filters and page kept in the URL under a prefix, so several lists
 * share one page's query string and Back from a linked page restores them.
 */
import { useSearchParams } from "react-router-dom"

export function useUrlFilters<K extends string>(prefix: string, keys: readonly K[]) {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = {} as Partial<Record<K, string>>
  for (const key of keys) {
    const value = searchParams.get(prefix + key)
    if (value) filters[key] = value
  }
  const offsetParam = Number(searchParams.get(`${prefix}offset`))
  const offset = Number.isInteger(offsetParam) && offsetParam > 0 ? offsetParam : 0

  /** Sets or clears filters; any filter change goes back to the first page. */
  const update = (patch: Partial<Record<K, string | undefined>>) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        next.delete(`${prefix}offset`)
        for (const [key, value] of Object.entries(patch) as [K, string | undefined][]) {
          if (value) next.set(prefix + key, value)
          else next.delete(prefix + key)
        }
        return next
      },
      { replace: true }
    )

  const setOffset = (nextOffset: number) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (nextOffset > 0) next.set(`${prefix}offset`, String(nextOffset))
        else next.delete(`${prefix}offset`)
        return next
      },
      { replace: true }
    )

  return { filters, offset, update, setOffset }
}

/** Reads a filter only when it is one of the allowed values. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}
