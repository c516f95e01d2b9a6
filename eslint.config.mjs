import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import { createNodeResolver, importX } from "eslint-plugin-import-x"
import tseslint from "typescript-eslint"

/** What of the backend's src/lib the storefront may import (pure rules, through the @ledger alias). */
const sharedRules = ["allocation", "catalog-locales", "cooperative-vocabulary", "currency", "ledger-vocabulary", "split-shares"]
const storefrontBounds = [
  { regex: `^@ledger/(?!(${sharedRules.join("|")})$)`, message: "The storefront may import only the backend's pure shared rules (sharedRules in eslint.config.mjs)." },
  { regex: "^\\.\\.?/.*\\bsrc/", message: "The storefront never reaches into the backend's src/: share a pure rule through @ledger." },
]

export default tseslint.config(
  { ignores: ["**/node_modules/", ".medusa/", ".data/", "**/dist/", "static/", "coverage/", "tests/artifacts/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  // Import cycles (even for types only) make two files one unit in disguise: a shared type belongs in a third file.
  {
    files: ["src/**/*.{ts,tsx}", "storefront/src/**/*.{ts,tsx}", "scripts/**/*.ts"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js"] })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  // A relation between two data models is declared on both sides (lazily, `() => Model`), as in Medusa's own modules.
  { files: ["src/modules/*/models/*.ts"], rules: { "import-x/no-cycle": "off" } },
  // The storefront shares only pure rules with the backend (no Stripe settings, no services), and features stay apart.
  { files: ["storefront/src/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: storefrontBounds }] } },
  {
    files: ["storefront/src/features/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...storefrontBounds,
            { regex: "^@/(features|app)/", message: "A feature imports no other feature nor the app: shared code goes to src/lib or src/components." },
          ],
        },
      ],
    },
  },
  // The stand-in for Stripe.js the end-to-end test serves to the browser.
  { files: ["tests/e2e/support/fake-stripe-js.js"], languageOptions: { sourceType: "script", globals: globals.browser } },
  { files: ["tests/**/*.ts"], languageOptions: { globals: { ...globals.node, ...globals.jest } } },
  {
    files: ["storefront/**/*.{ts,tsx}", "src/admin/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: globals.browser },
    rules: reactHooks.configs.recommended.rules,
  }
)
