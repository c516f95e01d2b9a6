/**
 * React Router keys saved scroll positions by the history entry's key, and an
 * entry the app did not create itself (a typed URL, a link from elsewhere, a
 * new tab) has no key: the router calls it "default". Every such full page
 * load then shares one saved position, so /shop opened fresh lands wherever
 * the last fresh page was left. Giving the entry its own key before the
 * router starts keeps fresh loads at the top while a reload of the same
 * entry (which keeps history.state) still restores its own position.
 */
export function giveHistoryEntryItsOwnKey(history: History = window.history) {
  const state: unknown = history.state
  if (state && typeof state === "object" && typeof (state as { key?: unknown }).key === "string") return
  const key = Math.random().toString(36).slice(2, 10)
  // The same shape React Router writes ({usr, key, idx}), so it reads this entry as one of its own.
  history.replaceState({ usr: null, key, idx: 0 }, "")
}
