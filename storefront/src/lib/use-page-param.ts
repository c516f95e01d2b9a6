import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

// The list moves focus, and so the view, to its own heading; no jump to the page's top.
const STAY = { preventScrollReset: true }

/** Goes to a page of a list, kept in the URL (?page=2) beside the other parameters; the first page has none. */
export function useSetPageParam(): (page: number) => void {
  const [, setSearchParams] = useSearchParams()
  return useCallback(
    (next: number) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current)
        if (next > 1) params.set("page", String(next))
        else params.delete("page")
        return params
      }, STAY),
    [setSearchParams]
  )
}

/** The page number in the URL (?page=2), so a shared link and the back button land on the same page. */
export function usePageParam(): [number, (page: number) => void] {
  const [searchParams] = useSearchParams()
  return [parsePage(searchParams.get("page")), useSetPageParam()]
}

/** A page number from a URL; anything but a whole number from 1 up is the first page. */
export function parsePage(value: string | null): number {
  const page = Number(value)
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}
