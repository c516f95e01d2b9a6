import { StrictMode } from "react"
import { createRoot } from "react-dom/client"
import { AppRouter } from "@/app/router"
import { AppProvider } from "@/app/provider"
import "./styles.css"

const root = document.getElementById("root")
if (!root) throw new Error("index.html has no #root element")

createRoot(root).render(
  <StrictMode>
    <AppProvider>
      <AppRouter />
    </AppProvider>
  </StrictMode>
)
