// Placeholder until the page is built: the route exists so links and the router are in place.
export function Component() {
  return <p className="state">Coming soon.</p>
}
