import type { ReactNode } from "react"
import { DEPARTMENTS_WEST_TO_EAST, PRODUCER_GROUPS, departmentName, producerGroupMessages } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"

interface SelectFieldProps {
  id: string
  label: string
  /** The wrapper's class: each form lays out its own fields. */
  fieldClassName: string
  value: string
  onChange: (value: string) => void
  /** The <option>s. */
  children: ReactNode
}

/** A label over its select, in the shared control look. */
export function SelectField({ id, label, fieldClassName, value, onChange, children }: SelectFieldProps) {
  return (
    <div className={fieldClassName}>
      <label htmlFor={id}>{label}</label>
      <select className="control" id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {children}
      </select>
    </div>
  )
}

interface ChoiceOptionsProps<T extends string> {
  /** The empty value's words, such as "All groups". */
  all: string
  values: readonly T[]
  nameOf: (value: T) => string
}

/** The empty "all" option, then one option per value. */
function ChoiceOptions<T extends string>({ all, values, nameOf }: ChoiceOptionsProps<T>) {
  return (
    <>
      <option value="">{all}</option>
      {values.map((value) => (
        <option key={value} value={value}>
          {nameOf(value)}
        </option>
      ))}
    </>
  )
}

/** Every producer group by its name in the page's language. */
export function ProducerGroupOptions({ all }: { all: string }) {
  const groupName = useMessages(producerGroupMessages)
  return <ChoiceOptions all={all} values={PRODUCER_GROUPS} nameOf={(group) => groupName(group)} />
}

/** Departments west to east; every one unless `codes` narrows them. */
export function DepartmentOptions({ all, codes = DEPARTMENTS_WEST_TO_EAST }: { all: string; codes?: readonly string[] }) {
  return <ChoiceOptions all={all} values={codes} nameOf={departmentName} />
}
