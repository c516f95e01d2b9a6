/** The choices of a list's filter (FilterSelect's `options`). */
export type FilterOption<T extends string> = { value: T; label: string }

/** A vocabulary's codes in their own order, each with its label. */
export function codeOptions<T extends string>(codes: readonly T[], labels: Record<T, string>): FilterOption<T>[] {
  return codes.map((code) => ({ value: code, label: labels[code] }))
}

/** Named records (cooperatives, coordinators) by id, labelled with their names. */
export function nameOptions(records: readonly { id: string; name: string }[]): FilterOption<string>[] {
  return records.map((record) => ({ value: record.id, label: record.name }))
}
