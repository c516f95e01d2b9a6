/** A cooperative's name in a list, linking to its page: one look for every table that names cooperatives. */
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

export function CooperativeLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Link to={`/cooperatives/${id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
      {children}
    </Link>
  )
}
