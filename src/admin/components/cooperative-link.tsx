/** A cooperative's name, linking to its page: one look for every table and widget that names cooperatives. */
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

const SIZES = { small: "txt-compact-small-plus", xsmall: "txt-compact-xsmall" }

/** `xsmall` for a name under another line (e.g. an example's label). */
export function CooperativeLink({ id, size = "small", children }: { id: string; size?: keyof typeof SIZES; children: ReactNode }) {
  return (
    <Link to={`/cooperatives/${id}`} className={`${SIZES[size]} text-ui-fg-interactive hover:underline`}>
      {children}
    </Link>
  )
}
