import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import { createNodeResolver, importX } from "eslint-plugin-import-x"
import tseslint from "typescript-eslint"

/** The storefront shares code with the backend only through the contract package (@cis/contract), never the backend's src/. */
const storefrontBounds = [
  { regex: "^\\.\\.?/.*\\bsrc/", message: "The storefront never reaches into the backend's src/: share it through @cis/contract (packages/contract)." },
  { regex: "^@ledger/", message: "The @ledger alias is retired: import the shared rule from @cis/contract." },
]
/** The contract is pure: it runs in the browser, the dashboard and the backend alike, so it imports only zod and itself. */
const contractBounds = [
  { regex: "^(?!zod$|\\./)", message: "The contract imports only zod and its own files (it is loaded by the storefront, the dashboard and the backend)." },
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
    files: ["src/**/*.{ts,tsx}", "storefront/src/**/*.{ts,tsx}", "scripts/**/*.ts", "packages/contract/src/**/*.ts"],
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
  { files: ["packages/contract/src/**/*.ts"], rules: { "no-restricted-imports": ["error", { patterns: contractBounds }] } },
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
