/** Rows per read for jobs that walk a window of orders: bounded memory and query time, whatever the day's volume. */
export const PAGE_SIZE = 200

/** The stable order paged reads use: created_at never changes, and id breaks ties, so no row is read twice or skipped. */
export const STABLE_ORDER = { created_at: "ASC", id: "ASC" } as const

/**
 * Reads a fixed window page by page (skip/take) until a short page. The
 * window must have fixed bounds (rows created later fall outside it) and its
 * filter must not depend on what the caller changes, or pages would shift.
 */
export async function* pages<T>(read: (skip: number, take: number) => Promise<T[]>, take = PAGE_SIZE): AsyncGenerator<T[]> {
  for (let skip = 0; ; skip += take) {
    const rows = await read(skip, take)
    if (rows.length) yield rows
    if (rows.length < take) return
  }
}
