import { afterTheAnswer, answerPending, pendingAnswers } from "../../src/lib/after-the-answer"

const elapsed = async (work: () => Promise<unknown>) => {
  const start = performance.now()
  await work()
  return performance.now() - start
}

describe("order.placed subscribers wait for the checkout answer, not a fixed time", () => {
  it("does not wait at all when no answer is pending (the worker, staff orders, retries)", async () => {
    expect(pendingAnswers()).toBe(0)
    expect(await elapsed(() => afterTheAnswer())).toBeLessThan(20)
  })

  it("waits until the answers pending when it started have left, then at once", async () => {
    const first = answerPending()
    const second = answerPending()
    let waited = false
    const waiting = afterTheAnswer().then(() => (waited = true))
    first()
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(waited).toBe(false)
    second()
    await waiting
    expect(pendingAnswers()).toBe(0)
  })

  it("is not held by an answer that begins after it started waiting", async () => {
    const before = answerPending()
    const waiting = afterTheAnswer()
    const later = answerPending()
    before()
    expect(await elapsed(() => waiting)).toBeLessThan(20)
    later()
  })

  it("gives up at its limit when an answer never leaves", async () => {
    const stuck = answerPending()
    expect(await elapsed(() => afterTheAnswer(60))).toBeGreaterThanOrEqual(55)
    stuck()
    stuck() // marking twice is harmless (finish and close both fire)
    expect(pendingAnswers()).toBe(0)
  })
})
