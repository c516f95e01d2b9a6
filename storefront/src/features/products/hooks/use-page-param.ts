import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"

// The grid moves focus, and so the view, to its own heading; no jump to the page's top.
const STAY = { preventScrollReset: true }

/** The page number in the URL (?page=2), so a shared link and the back button land on the same page. */
export function usePageParam(): [number, (page: number) => void] {
  const [searchParams, setSearchParams] = useSearchParams()
  const page = parsePage(searchParams.get("page"))
  const setPage = useCallback(
    (next: number) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current)
        if (next > 1) params.set("page", String(next))
        else params.delete("page")
        return params
      }, STAY),
    [setSearchParams]
  )
  return [page, setPage]
}

/** A page number from a URL; anything but a whole number from 1 up is the first page. */
export function parsePage(value: string | null): number {
  const page = Number(value)
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}
