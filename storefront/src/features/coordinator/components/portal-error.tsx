import { useMessages } from "@/lib/i18n"
import { useDescribeError } from "../hooks/use-describe-error"
import { portalMessages } from "../messages"

interface PortalErrorProps {
  title: string
  error: unknown
  onRetry: () => void
  retrying?: boolean
}

/** The shared ErrorState speaks English only; coordinators read Spanish first. */
export function PortalError({ title, error, onRetry, retrying = false }: PortalErrorProps) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  return (
    <div className="state state--error" role="alert">
      <p className="state__title">{title}</p>
      <p>{describe(error)}</p>
      <button type="button" className="button" onClick={onRetry} disabled={retrying}>
        {retrying ? t("retrying") : t("retry")}
      </button>
    </div>
  )
}
