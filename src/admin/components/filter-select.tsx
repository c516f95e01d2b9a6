import { Select } from "@medusajs/ui"

/** Radix Select items cannot be empty, so "no filter" is this value. */
const ALL = "all"

type Props<T extends string> = {
  /** Plural, e.g. "Statuses": names the control for screen readers and its "All …" item. */
  label: string
  value: T | undefined
  options: { value: T; label: string }[]
  onChange: (value: T | undefined) => void
  className?: string
}

/** A list filter with an "All …" choice that clears it. */
export function FilterSelect<T extends string>({ label, value, options, onChange, className }: Props<T>) {
  return (
    <Select size="small" value={value ?? ALL} onValueChange={(next) => onChange(next === ALL ? undefined : (next as T))}>
      <Select.Trigger aria-label={label} className={className ?? "w-full sm:w-[180px]"}>
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{`All ${label.toLowerCase()}`}</Select.Item>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
