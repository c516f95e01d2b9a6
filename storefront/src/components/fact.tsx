import type { ReactNode } from "react"

/** One term and its value in a description list; the div keeps the pair together for the list's grid. */
export function Fact({ term, children }: { term: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  )
}
