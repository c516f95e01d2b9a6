// npm test runs two jest workers. The slowest files start first, so neither
// worker is left with a long file at the end; the two `npm start` files (they
// take turns on this checkout's build, scripts/lib/run-store.ts) are far apart,
// so the second rarely waits for the first. The rest keep jest's own order
// (slowest last time first, else largest).
const Sequencer = require("@jest/test-sequencer").default

const FIRST = [
  "tests/e2e/storefront.test.ts",
  "tests/integration/ledger-lifecycle-1.test.ts",
  "tests/integration/ledger-lifecycle-2.test.ts",
  "tests/e2e/npm-start.test.ts",
  // Boots a real `medusa start` five times (about 4 minutes).
  "tests/integration/crash-during-completion.test.ts",
  // Bursts of 20-30 concurrent checkouts, in memory and on Redis (2-3 minutes each).
  "tests/integration/checkout-under-load.test.ts",
  "tests/integration/checkout-under-load-redis.test.ts",
]

class SlowestFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const at = FIRST.findIndex((file) => test.path.endsWith(file))
      return at < 0 ? FIRST.length : at
    }
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b))
  }
}

module.exports = SlowestFirst
