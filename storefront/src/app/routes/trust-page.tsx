import { useParams } from "react-router-dom"
import { TrustPageView } from "@/features/trust-pages/components/trust-page-view"

export function Component() {
  const { slug = "" } = useParams()
  // A new key per page: its loading state never shows the previous page's text.
  return <TrustPageView key={slug} slug={slug} />
}
