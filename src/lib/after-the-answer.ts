/**
 * How long an order.placed subscriber waits before its work. Medusa's local
 * event bus (no REDIS_URL: one process serves and subscribes) calls
 * subscribers the moment completeCartWorkflow releases its events, while the
 * route is still reading the order for the buyer's answer: the books and the
 * email then compete with that answer for the same process and connection
 * pool (measured by `npm run bench:api`: about 16 SQL statements racing it).
 * Waiting this long lets the answer leave first; nothing a buyer or staff sees
 * needs the books within it. With Redis the subscribers run in the worker,
 * and the wait costs nothing either.
 */
export const AFTER_THE_ANSWER_MS = 250

export const afterTheAnswer = (ms = AFTER_THE_ANSWER_MS) => new Promise<void>((resolve) => setTimeout(resolve, ms))
