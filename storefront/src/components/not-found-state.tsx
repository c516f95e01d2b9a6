import { Link } from "react-router-dom"

/** A page that does not exist: it says so and leads back to the shop. */
export function NotFoundState({ title, body }: { title: string; body: string }) {
  return (
    <div className="state">
      <h1 className="state__title">{title}</h1>
      <p>
        <Link to="/shop">{body}</Link>
      </p>
    </div>
  )
}

interface MissingRecordStateProps {
  title: string
  body: string
  /** Where to pick another one, and that link's words. */
  backTo: string
  backLabel: string
}

/** A craft or cooperative that is not (or no longer) there: it says why, then leads back to the list. */
export function MissingRecordState({ title, body, backTo, backLabel }: MissingRecordStateProps) {
  return (
    <div className="state">
      <h1 className="state__title">{title}</h1>
      <p>{body}</p>
      <Link to={backTo}>{backLabel}</Link>
    </div>
  )
}
