import type { InputHTMLAttributes, ReactNode } from "react"

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "value" | "onChange"> {
  id: string
  label: ReactNode
  value: string
  onChange: (value: string) => void
  /** The wrapper's class: each form lays out its own fields. The input's is `className`. */
  fieldClassName: string
  /** Read out with the input (aria-describedby), under it. */
  hint?: ReactNode
  hintClassName?: string
  /** What is wrong with the value: marks the input invalid and is read out with it. */
  problem?: ReactNode
  problemClassName?: string
}

/**
 * A label, its input and the hint and problem under it, tied together for screen readers.
 * Attributes given (aria-invalid, required, …) override the ones worked out here.
 */
export function TextField({
  id,
  label,
  value,
  onChange,
  fieldClassName,
  hint,
  hintClassName,
  problem,
  problemClassName,
  ...input
}: TextFieldProps) {
  const describedBy = [problem ? `${id}-problem` : "", hint ? `${id}-hint` : ""].filter(Boolean).join(" ") || undefined
  return (
    <div className={fieldClassName}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy}
        {...input}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {hint && (
        <p id={`${id}-hint`} className={hintClassName}>
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className={problemClassName}>
          {problem}
        </p>
      )}
    </div>
  )
}
