/** The filters lists share, on FilterSelect: a vocabulary's codes by label, and cooperatives by name. */
import type { CooperativeListItem } from "../lib/cooperatives-api"
import { codeOptions, nameOptions } from "../lib/filter-options"
import { FilterSelect } from "./filter-select"

type FilterProps<T extends string> = {
  /** Plural, e.g. "Statuses" (see FilterSelect). */
  label: string
  value: T | undefined
  onChange: (value: T | undefined) => void
  className?: string
}

/** A filter over one vocabulary (statuses, types, accounts...), its codes in their own order, each by its label. */
export function CodeFilter<T extends string>({ codes, labels, ...props }: FilterProps<T> & { codes: readonly T[]; labels: Record<T, string> }) {
  return <FilterSelect {...props} options={codeOptions(codes, labels)} />
}

/** The "Cooperatives" filter: one cooperative by name, or all of them. */
export function CooperativeFilter({ cooperatives, ...props }: Omit<FilterProps<string>, "label"> & { cooperatives: CooperativeListItem[] }) {
  return <FilterSelect {...props} label="Cooperatives" options={nameOptions(cooperatives)} />
}
