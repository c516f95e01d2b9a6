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
