/**
 * The one function @medusajs/js-sdk takes from the `qs` package,
 * `stringify(query, { skipNulls: true })`, with qs's defaults: bracketed
 * keys, indexed arrays, RFC 3986 encoding of keys and values, dates as ISO
 * strings. qs and the polyfills it brings (side-channel, object-inspect,
 * get-intrinsic) were 15 KB of gzipped JavaScript on every page; the build
 * aliases `qs` to this file (vite.config.ts), and qs-stringify.test.ts checks
 * it against the real qs on random queries.
 */
type Value = unknown

/** encodeURIComponent leaves !'()* alone; RFC 3986, as qs uses it, does not. */
function encode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

function primitive(value: Value): string | undefined {
  if (value instanceof Date) return value.toISOString()
  switch (typeof value) {
    case "string":
      return value
    case "number":
    case "boolean":
    case "bigint":
      return String(value)
    default:
      return undefined
  }
}

function pairs(prefix: string, value: Value, out: string[]): void {
  if (value === null || value === undefined) return
  const simple = primitive(value)
  if (simple !== undefined) {
    out.push(`${encode(prefix)}=${encode(simple)}`)
    return
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => pairs(`${prefix}[${index}]`, item, out))
    return
  }
  if (typeof value === "object") {
    for (const key of Object.keys(value as object)) pairs(`${prefix}[${key}]`, (value as Record<string, Value>)[key], out)
  }
}

export function stringify(query: Record<string, Value> | null | undefined, _options?: { skipNulls?: boolean }): string {
  const out: string[] = []
  if (query && typeof query === "object") {
    for (const key of Object.keys(query)) pairs(key, query[key], out)
  }
  return out.join("&")
}

export default { stringify }
