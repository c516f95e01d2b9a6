// First, so that every feature's own rules come after the shared pieces and can adjust them.
import "@/components/ui.css"
import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { AppRouter } from "@/app/router"
import { AppProvider } from "@/app/provider"
import { prefetchFirstScreen } from "@/app/first-screen"
import { createQueryClient } from "@/lib/query-client"
import "./styles.css"

const root = document.getElementById("root")
if (!root) throw new Error("index.html has no #root element")

const queryClient = createQueryClient()
// The first screen's crafts are asked for now, beside the route's code, not after it.
prefetchFirstScreen(queryClient)

createRoot(root).render(
  <StrictMode>
    <AppProvider client={queryClient}>
      <AppRouter />
    </AppProvider>
  </StrictMode>
)
