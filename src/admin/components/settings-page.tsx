import type { UseQueryResult } from "@tanstack/react-query"
import type { ReactNode } from "react"
import { QueryResult } from "./list-states"
import { Section } from "./section"

/**
 * A settings page: one card headed by the page's title, whose body is what the
 * page's one query answers (a placeholder while it loads, the failure with
 * "Try again", then the settings themselves).
 */
export function SettingsPage<Data>({
  title,
  description,
  query,
  what,
  placeholder,
  children,
}: {
  title: string
  description: ReactNode
  query: UseQueryResult<Data>
  /** Named in the failure: "Could not load the trust pages: ...". */
  what: string
  placeholder?: ReactNode
  children: (data: Data) => ReactNode
}) {
  return (
    <Section level="h1" title={title} description={description}>
      <QueryResult query={query} what={what} placeholder={placeholder}>
        {children}
      </QueryResult>
    </Section>
  )
}
