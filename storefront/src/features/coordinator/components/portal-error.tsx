import { ErrorState } from "@/components/error-state"
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
export function PortalError(props: PortalErrorProps) {
  const t = useMessages(portalMessages)
  const describe = useDescribeError()
  return <ErrorState {...props} describe={describe} labels={{ retry: t("retry"), retrying: t("retrying") }} />
}
