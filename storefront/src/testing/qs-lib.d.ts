// The real qs, which the tests compare src/lib/qs-stringify.ts against (it ships no types).
declare module "qs/lib/index.js" {
  const qs: { stringify(query: unknown, options?: { skipNulls?: boolean }): string }
  export default qs
}
