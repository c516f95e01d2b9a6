import { Link } from "react-router-dom"

// Placeholder: the cart feature replaces this with the live item count.
export function CartLink() {
  return <Link to="/cart">Cart</Link>
}
