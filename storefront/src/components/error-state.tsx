import { describeError } from "@/lib/describe-error"
import { useMessages } from "@/lib/i18n"
import { componentMessages } from "./messages"

interface ErrorStateProps {
  title: string
  error: unknown
  onRetry: () => void
  retrying?: boolean
}

export function ErrorState({ title, error, onRetry, retrying = false }: ErrorStateProps) {
  const t = useMessages(componentMessages)
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p>{describeError(error)}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t("retrying") : t("retry")}
      </button>
    </div>
  )
}
