import { Link } from "react-router-dom"

interface EmptyStateProps {
  title: string
  body: string
  /** Where the one way on leads, and what it says. */
  to: string
  action: string
  /** A page with nothing else on it names itself with this title. */
  heading?: boolean
}

/** Nothing to show here, why, and where to go instead. */
export function EmptyState({ title, body, to, action, heading = false }: EmptyStateProps) {
  const Title = heading ? "h1" : "p"
  return (
    <div className="state">
      <Title className="state__title">{title}</Title>
      <p>{body}</p>
      <Link className="button" to={to}>
        {action}
      </Link>
    </div>
  )
}
