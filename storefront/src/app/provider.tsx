import { QueryClientProvider, type QueryClient } from "@tanstack/react-query"
import { useState, type ReactNode } from "react"
import { ErrorBoundary } from "@/components/error-boundary"
import { LanguageProvider } from "@/lib/i18n"
import { createQueryClient } from "@/lib/query-client"

export function AppProvider({ children, client }: { children: ReactNode; client?: QueryClient }) {
  // One client per mounted app, never shared between renders or tests; main.tsx passes the one it started requests on.
  const [queryClient] = useState(() => client ?? createQueryClient())
  return (
    <ErrorBoundary>
      <QueryClientProvider client={queryClient}>
        <LanguageProvider>{children}</LanguageProvider>
      </QueryClientProvider>
    </ErrorBoundary>
  )
}
