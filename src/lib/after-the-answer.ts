/**
 * order.placed subscribers wait for the buyer's checkout answer to leave.
 * Medusa's local event bus (no REDIS_URL: one process serves and subscribes)
 * calls subscribers the moment completeCartWorkflow releases its events, while
 * the route is still reading the order for the buyer's answer: the books and
 * the email would then compete with that answer for the same process and
 * connection pool (about 16 SQL statements, counted by `npm run bench:api`).
 *
 * The store's cart-complete route marks its answer pending while it works
 * (src/api/store/middlewares.ts) and done once the response has been handed
 * to the network; a subscriber waits for the answers pending when it starts,
 * and for nothing when none is (the worker with Redis, an order placed by
 * staff, a retry). Nothing a buyer or staff sees needs the books within that
 * moment. A stuck answer holds no subscriber past ANSWER_WAIT_LIMIT_MS.
 */
export const ANSWER_WAIT_LIMIT_MS = 5_000

const pending = new Set<Promise<void>>()

/** Marks an answer in progress; call the returned function (once or more) when it has left. */
export function answerPending(): () => void {
  let finish!: () => void
  const answer = new Promise<void>((resolve) => (finish = resolve))
  pending.add(answer)
  return () => {
    pending.delete(answer)
    finish()
  }
}

/** How many answers are in progress in this process. */
export const pendingAnswers = () => pending.size

/** Resolves once every answer pending now has left, at most `limitMs` later; at once when none is pending. */
export async function afterTheAnswer(limitMs = ANSWER_WAIT_LIMIT_MS): Promise<void> {
  if (!pending.size) return
  let timer: NodeJS.Timeout | undefined
  const limit = new Promise<void>((resolve) => (timer = setTimeout(resolve, limitMs)))
  await Promise.race([Promise.all([...pending]), limit])
  clearTimeout(timer)
}
