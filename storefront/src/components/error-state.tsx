import { describeError } from "@/lib/describe-error"
import { useMessages } from "@/lib/i18n"
import { componentMessages } from "./messages"

interface ErrorStateProps {
  title: string
  error: unknown
  onRetry: () => void
  retrying?: boolean
  /** A feature with its own words for failures and for Retry (the portal) passes them here. */
  describe?: (error: unknown) => string
  labels?: { retry: string; retrying: string }
}

export function ErrorState({ title, error, onRetry, retrying = false, describe = describeError, labels }: ErrorStateProps) {
  const t = useMessages(componentMessages)
  const words = labels ?? { retry: t("retry"), retrying: t("retrying") }
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p>{describe(error)}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? words.retrying : words.retry}
      </button>
    </div>
  )
}
