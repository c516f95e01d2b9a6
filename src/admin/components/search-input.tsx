/**
 * A list's search box: what staff type shows at once, but the search itself
 * (a URL change, a request) waits until typing pauses, not every key.
 */
import { Input } from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"

const SEARCH_DELAY_MS = 300

/** The box's text; `onPause` gets it, trimmed, once typing pauses. `clear` empties it and drops a pending search. */
export function useSearchText(initial: string, onPause: (text: string) => void) {
  const [text, setText] = useState(initial)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  const change = (next: string) => {
    setText(next)
    clearTimeout(timer.current)
    timer.current = setTimeout(() => onPause(next.trim()), SEARCH_DELAY_MS)
  }
  const clear = () => {
    clearTimeout(timer.current)
    setText("")
  }
  return { text, change, clear }
}

type Props = {
  search: ReturnType<typeof useSearchText>
  /** Names the box for screen readers, e.g. "Search products". */
  label: string
  placeholder: string
  className?: string
}

export function SearchInput({ search, label, placeholder, className }: Props) {
  return (
    <Input
      type="search"
      size="small"
      placeholder={placeholder}
      aria-label={label}
      value={search.text}
      onChange={(event) => search.change(event.target.value)}
      className={className}
    />
  )
}
