/**
 * Input no column can hold, found before it reaches a query: PostgreSQL
 * refuses a NUL character in text (an error, so a 500), and numbers past
 * 2^53 lose digits in JavaScript before any validator sees them.
 */
export type InputProblem = { where: string; problem: "nul" | "unsafe_number" }

const MAX_DEPTH = 32

/** The first NUL character (in a key or a string) or unsafe number in a parsed body or query, with its path. */
export function findUnholdableInput(value: unknown, where = "body", depth = 0): InputProblem | null {
  if (typeof value === "string") return value.includes("\u0000") ? { where, problem: "nul" } : null
  if (typeof value === "number") return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER ? null : { where, problem: "unsafe_number" }
  if (!value || typeof value !== "object" || depth > MAX_DEPTH) return null
  if (Buffer.isBuffer(value)) return null
  const entries = Array.isArray(value) ? value.map((item, index) => [String(index), item] as const) : Object.entries(value)
  for (const [key, item] of entries) {
    const at = `${where}.${key}`
    if (key.includes("\u0000")) return { where: at, problem: "nul" }
    const found = findUnholdableInput(item, at, depth + 1)
    if (found) return found
  }
  return null
}

/** A NUL in the raw path or query string, however it was spelled (%00, or a literal byte). */
export function urlHasNul(url: string): boolean {
  return /%00/i.test(url) || url.includes("\u0000")
}
