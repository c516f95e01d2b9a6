/** The value below which `share` (0-1) of the sorted samples fall (nearest rank). */
export function percentile(samples: number[], share: number): number {
  if (!samples.length) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)))
  return sorted[rank - 1]!
}

export const median = (samples: number[]) => percentile(samples, 0.5)

/** Each round's project time over its vanilla time (the same round, so both met the same machine load). */
export function pairedRatios(project: number[], vanilla: number[]): number[] {
  const rounds = Math.min(project.length, vanilla.length)
  return Array.from({ length: rounds }, (_, round) => project[round]! / vanilla[round]!)
}

/** P(X <= k) for X ~ Binomial(n, 1/2), summed in log space so a few hundred rounds stay exact enough. */
function binomialHalfCdf(k: number, n: number): number {
  let logChoose = 0
  let total = 0
  for (let i = 0; i <= k; i++) {
    if (i > 0) logChoose += Math.log(n - i + 1) - Math.log(i)
    total += Math.exp(logChoose - n * Math.LN2)
  }
  return total
}

/**
 * A distribution-free interval for the median (order statistics): the k-th
 * smallest and k-th largest samples, with k the largest rank whose tails
 * each hold at most (1 - confidence) / 2 of Binomial(n, 1/2). It assumes only
 * independent rounds, not a shape of the timings (they are skewed). NaN
 * bounds when there are too few samples for that confidence (fewer than 6 at 95 %).
 */
export function medianInterval(samples: number[], confidence = 0.95): { median: number; low: number; high: number } {
  const sorted = [...samples].sort((a, b) => a - b)
  const n = sorted.length
  const tail = (1 - confidence) / 2
  let k = 0
  while (k + 1 <= n && binomialHalfCdf(k, n) <= tail) k += 1
  // k samples lie in each tail: the bounds are the k-th smallest and the k-th largest.
  if (k === 0) return { median: median(sorted), low: Number.NaN, high: Number.NaN }
  return { median: median(sorted), low: sorted[k - 1]!, high: sorted[n - k]! }
}

/** Within the budget only when the whole interval is; over it only when the whole interval is; else the run cannot tell. */
export function verdict(interval: { low: number; high: number }, budget: number): "within" | "over" | "unclear" {
  if (interval.high <= budget) return "within"
  if (interval.low > budget) return "over"
  return "unclear"
}

export type EndpointFigures = {
  name: string
  /** Timings; SQL statements while answering; statements after the answer left (subscribers). */
  vanilla: { ms: number[]; sql: number[]; sqlAfter: number[] }
  project: { ms: number[]; sql: number[]; sqlAfter: number[] }
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "-")

/**
 * One line per endpoint: median and p95 of each server, the median of the
 * per-round ratios (project over vanilla, the same round) with its 95 %
 * interval and what that says about the budget, and the median SQL
 * statements per request: while answering, and sent after the answer left
 * (subscribers) until the server was idle.
 */
export function table(rows: EndpointFigures[], budget: number): string {
  const head = ["endpoint", "n", "vanilla med", "p95", "project med", "p95", "ratio med", "95 % interval", "budget", "SQL/req vanilla", "project", "SQL after vanilla", "project"]
  const lines = rows.map((row) => {
    const ratio = medianInterval(pairedRatios(row.project.ms, row.vanilla.ms))
    return [
      row.name,
      String(Math.min(row.vanilla.ms.length, row.project.ms.length)),
      `${fixed(median(row.vanilla.ms))} ms`,
      `${fixed(percentile(row.vanilla.ms, 0.95))} ms`,
      `${fixed(median(row.project.ms))} ms`,
      `${fixed(percentile(row.project.ms, 0.95))} ms`,
      `${fixed(ratio.median, 2)}x`,
      `${fixed(ratio.low, 2)}-${fixed(ratio.high, 2)}x`,
      verdict(ratio, budget),
      fixed(median(row.vanilla.sql), 0),
      fixed(median(row.project.sql), 0),
      fixed(median(row.vanilla.sqlAfter), 0),
      fixed(median(row.project.sqlAfter), 0),
    ]
  })
  return align([head, ...lines])
}

export type OwnRouteFigures = { name: string; ms: number[]; sql: number[] }

/** The project's own store routes (no vanilla counterpart): median and p95 time, SQL statements per request. */
export function ownTable(rows: OwnRouteFigures[]): string {
  const head = ["project's own route", "n", "median", "p95", "SQL/req"]
  const lines = rows.map((row) => [row.name, String(row.ms.length), `${fixed(median(row.ms))} ms`, `${fixed(percentile(row.ms, 0.95))} ms`, fixed(median(row.sql), 0)])
  return align([head, ...lines])
}

function align(lines: string[][]): string {
  const widths = lines[0]!.map((_, column) => Math.max(...lines.map((line) => line[column]!.length)))
  return lines.map((line) => line.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()).join("\n")
}
