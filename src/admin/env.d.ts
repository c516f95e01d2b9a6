/**
 * The root tsconfig type-checks the backend and the dashboard extensions in one
 * program with lib ES2023 only. The extensions run in the browser, so they need
 * the DOM types (input values, window); this brings them in for src/admin.
 */
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
