/** The value below which `share` (0-1) of the sorted samples fall (nearest rank). */
export function percentile(samples: number[], share: number): number {
  if (!samples.length) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)))
  return sorted[rank - 1]!
}

export const median = (samples: number[]) => percentile(samples, 0.5)

export type EndpointFigures = {
  name: string
  /** Timings; SQL statements while answering; statements after the answer left (subscribers). */
  vanilla: { ms: number[]; sql: number[]; sqlAfter: number[] }
  project: { ms: number[]; sql: number[]; sqlAfter: number[] }
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : "-")

/**
 * One line per endpoint: median and p95 of each server, the ratio of the
 * medians (project over vanilla), and the median SQL statements per request: while answering, and sent after the answer left (subscribers) until the server was idle.
 */
export function table(rows: EndpointFigures[], budget: number): string {
  const head = ["endpoint", "n", "vanilla med", "p95", "project med", "p95", "ratio", "SQL/req vanilla", "project", "SQL after vanilla", "project", ""]
  const lines = rows.map((row) => {
    const ratio = median(row.project.ms) / median(row.vanilla.ms)
    return [
      row.name,
      String(Math.min(row.vanilla.ms.length, row.project.ms.length)),
      `${fixed(median(row.vanilla.ms))} ms`,
      `${fixed(percentile(row.vanilla.ms, 0.95))} ms`,
      `${fixed(median(row.project.ms))} ms`,
      `${fixed(percentile(row.project.ms, 0.95))} ms`,
      `${fixed(ratio, 2)}x`,
      fixed(median(row.vanilla.sql), 0),
      fixed(median(row.project.sql), 0),
      fixed(median(row.vanilla.sqlAfter), 0),
      fixed(median(row.project.sqlAfter), 0),
      ratio > budget ? `over ${budget.toFixed(2)}x` : "",
    ]
  })
  const widths = head.map((_, column) => Math.max(...[head, ...lines].map((line) => line[column]!.length)))
  return [head, ...lines].map((line) => line.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd()).join("\n")
}
