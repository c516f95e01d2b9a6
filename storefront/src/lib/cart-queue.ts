/**
 * Medusa locks a cart while a workflow changes it, and a second change sent
 * meanwhile fails (a 500 naming the lock). Several parts of a page may change
 * the same cart at once: the header's region and language follow-up, the
 * checkout's own region move, the address being saved. Each cart's changes
 * from this tab therefore go one after another, whichever feature sends them.
 */
const tails = new Map<string, Promise<unknown>>()

export function inCartQueue<T>(cartId: string, change: () => Promise<T>): Promise<T> {
  const previous = tails.get(cartId) ?? Promise.resolve()
  // A failed change must not stop the next one: it runs after the previous settles, either way.
  const run = previous.then(change, change)
  const tail = run.catch(() => undefined)
  tails.set(cartId, tail)
  void tail.then(() => {
    if (tails.get(cartId) === tail) tails.delete(cartId)
  })
  return run
}
