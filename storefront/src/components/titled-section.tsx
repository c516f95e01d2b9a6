import type { ReactNode } from "react"

interface TitledSectionProps {
  className: string
  /** The heading's id: the heading names the section for screen readers' list of regions. */
  headingId: string
  title: string
  children: ReactNode
}

/** A block of a page under its h2, named by it. */
export function TitledSection({ className, headingId, title, children }: TitledSectionProps) {
  return (
    <section className={className} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  )
}
