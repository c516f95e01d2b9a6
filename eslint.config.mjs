import js from "@eslint/js"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

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
