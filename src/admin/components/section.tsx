import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

type SectionProps = {
  title: string
  description?: ReactNode
  /** Buttons shown at the right of the heading. */
  actions?: ReactNode
  children?: ReactNode
  className?: string
  /** "h1" for the card that heads a page; a section of a page is "h2". */
  level?: "h1" | "h2"
}

/** A heading with its subtle description under it: a card's head, or a group of fields in a form. */
export function TitleBlock({ title, description, level }: { title: string; description?: ReactNode; level: "h1" | "h2" | "h3" }) {
  return (
    <div className="flex flex-col gap-y-1">
      <Heading level={level}>{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
  )
}

/** A titled card in the dashboard's own style (heading row, then content). */
export function Section({ title, description, actions, children, className, level = "h2" }: SectionProps) {
  return (
    <Container className={["divide-y p-0", className].filter(Boolean).join(" ")}>
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <TitleBlock title={title} description={description} level={level} />
        {actions && <div className="flex shrink-0 items-center gap-x-2">{actions}</div>}
      </div>
      {children}
    </Container>
  )
}

/** A page made of sections: its own heading card (h1), then the sections, spaced as Medusa's pages are. */
export function SectionsPage({ title, description, children }: { title: string; description: ReactNode; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-y-3">
      <Section level="h1" title={title} description={description} />
      {children}
    </div>
  )
}
