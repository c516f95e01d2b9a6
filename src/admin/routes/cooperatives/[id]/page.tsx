/**
 * One cooperative: header with Pause/Resume and Delete, the full edit form
 * (stories side by side, private staff-only fields), its products, its
 * coordinators, and the stock counts they set.
 */
import { Alert, Button, Container, Skeleton, Text } from "@medusajs/ui"
import { Link, useParams } from "react-router-dom"
import { CooperativeEditForm } from "../../../components/cooperative-edit-form"
import { CooperativeHeader } from "../../../components/cooperative-header"
import { CooperativeCoordinatorsSection } from "../../../components/cooperative-coordinators-section"
import { CooperativeProductsSection } from "../../../components/cooperative-products-section"
import { CoordinatorStockChangesSection } from "../../../components/coordinator-stock-changes-section"
import { useCooperative } from "../../../lib/cooperatives-api"
import { errorMessage, errorStatus } from "../../../lib/errors"

const CooperativeDetailPage = () => {
  const { id = "" } = useParams()
  const { data, isPending, isError, error, refetch } = useCooperative(id)

  if (isPending) {
    return (
      <div className="flex flex-col gap-y-3">
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-7 w-64" />
          <Skeleton className="h-4 w-40" />
        </Container>
        <Container className="flex flex-col gap-y-3 px-6 py-4">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-32 w-full" />
        </Container>
      </div>
    )
  }

  if (isError) {
    const notFound = errorStatus(error) === 404
    return (
      <Container className="px-6 py-4">
        <Alert variant="error">
          <div className="flex flex-col gap-y-2">
            <Text size="small">
              {notFound ? "This cooperative does not exist (any more)." : `Could not load the cooperative: ${errorMessage(error)}`}
            </Text>
            <div className="flex gap-x-2">
              {!notFound && (
                <Button size="small" variant="secondary" onClick={() => void refetch()}>
                  Try again
                </Button>
              )}
              <Button size="small" variant="secondary" asChild>
                <Link to="/cooperatives">Back to cooperatives</Link>
              </Button>
            </div>
          </div>
        </Alert>
      </Container>
    )
  }

  const cooperative = data.cooperative
  return (
    <div className="flex flex-col gap-y-3">
      <CooperativeHeader cooperative={cooperative} />
      {/* Keyed by id: another cooperative's page starts from its own values. */}
      <CooperativeEditForm key={cooperative.id} cooperative={cooperative} />
      <CooperativeProductsSection cooperative={cooperative} />
      <CooperativeCoordinatorsSection cooperative={cooperative} />
      <CoordinatorStockChangesSection cooperative={cooperative} />
    </div>
  )
}

/** Shows the cooperative's name in the breadcrumb, from the same cached query as the page. */
const CooperativeBreadcrumb = ({ id }: { id: string }) => {
  const { data } = useCooperative(id)
  return <span>{data?.cooperative.name ?? "Cooperative"}</span>
}

export const handle = {
  breadcrumb: (match: { params: { id?: string } }) => <CooperativeBreadcrumb id={match.params.id ?? ""} />,
}

export default CooperativeDetailPage
