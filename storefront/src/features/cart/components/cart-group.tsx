import { useId, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { cartMessages } from "../messages"
import type { CooperativeRef } from "../utils/group-by-cooperative"

interface CartGroupProps {
  cooperative: CooperativeRef | null
  children: ReactNode
}

/** The lines one cooperative made, under its name linking to its story. */
export function CartGroup({ cooperative, children }: CartGroupProps) {
  const t = useMessages(cartMessages)
  const headingId = useId()
  // The message keeps "{name}" where the link goes, so each language places it itself.
  const [before = "", after = ""] = t("madeBy").split("{name}")
  return (
    <section className="cart-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="cart-group__heading">
        {cooperative ? (
          <>
            {before}
            <Link to={`/cooperatives/${encodeURIComponent(cooperative.handle)}`}>{cooperative.name}</Link>
            {after}
          </>
        ) : (
          t("otherCrafts")
        )}
      </h2>
      <ul className="cart-lines">{children}</ul>
    </section>
  )
}
