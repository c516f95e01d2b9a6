import { Component, type ErrorInfo, type ReactNode } from "react"
import { useMessages } from "@/lib/i18n"
import { componentMessages } from "./messages"

function CrashMessage() {
  const t = useMessages(componentMessages)
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{t("crashed")}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t("reload")}
      </button>
    </div>
  )
}

interface ErrorBoundaryState {
  failed: boolean
}

// A rendering bug should leave a message and a way out, not a blank page.
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  state: ErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true }
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack)
  }

  render() {
    if (!this.state.failed) return this.props.children
    return <CrashMessage />
  }
}
