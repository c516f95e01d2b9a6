import { QueryClientProvider } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { ErrorBoundary } from "@/components/error-boundary"
import { LanguageProvider } from "@/lib/i18n"
import { createQueryClient } from "@/lib/query-client"

export function AppProvider({ children }: { children: ReactNode }) {
  // One client per mounted app, never shared between renders or tests.
  const [queryClient] = useState(createQueryClient)
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <LanguageProvider>{children}</LanguageProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  )
}
