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

/** "All groups" (the empty value), then every producer group by its name in the page's language. */
export function ProducerGroupOptions({ all }: { all: string }) {
  const groupName = useMessages(producerGroupMessages)
  return (
    <>
      <option value="">{all}</option>
      {PRODUCER_GROUPS.map((group) => (
        <option key={group} value={group}>
          {groupName(group)}
        </option>
      ))}
    </>
  )
}

interface DepartmentOptionsProps {
  /** The empty value's words. */
  all: string
  /** West to east; every department unless narrowed. */
  codes?: readonly string[]
}

export function DepartmentOptions({ all, codes = DEPARTMENTS_WEST_TO_EAST }: DepartmentOptionsProps) {
  return (
    <>
      <option value="">{all}</option>
      {codes.map((code) => (
        <option key={code} value={code}>
          {departmentName(code)}
        </option>
      ))}
    </>
  )
}
