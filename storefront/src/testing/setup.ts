import { cleanup } from "@testing-library/react"
import { afterEach } from "vitest"

// jsdom has no scrolling; the router's scroll restoration calls it on every navigation.
window.scrollTo = () => {}

// Testing Library only cleans up by itself when vitest globals are on; they are off here.
afterEach(() => {
  cleanup()
  window.localStorage.clear()
  window.sessionStorage.clear()
})
