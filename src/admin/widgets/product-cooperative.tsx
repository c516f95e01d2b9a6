/**
 * Product page, side column: which cooperative makes this product (choose,
 * change or remove it) and the product's craft origin.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Select, Skeleton, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import { CooperativeLink } from "../components/cooperative-link"
import { CraftOriginDrawer } from "../components/craft-origin-drawer"
import {
  useAllCooperatives,
  useProductCraftOrigin,
  useUpdateCooperativeProducts,
} from "../lib/cooperatives-api"
import { errorMessage } from "../lib/errors"
import { departmentLabel } from "../lib/vocabulary"

function Detail({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <div className="grid grid-cols-[120px_1fr] gap-x-3">
      <Text size="small" leading="compact" className="text-ui-fg-subtle">
        {label}
      </Text>
      <Text size="small" leading="compact" className="whitespace-pre-line break-words">
        {value || "—"}
      </Text>
    </div>
  )
}

const ProductCooperativeWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const prompt = usePrompt()
  const origin = useProductCraftOrigin(product.id)
  const cooperatives = useAllCooperatives()
  const assign = useUpdateCooperativeProducts()

  const current = origin.data?.cooperative ?? null
  const craftOrigin = origin.data?.craft_origin ?? null
  const list = cooperatives.data?.cooperatives ?? []
  // The current cooperative stays selectable even when it is beyond the first page.
  const options = current && !list.some((c) => c.id === current.id) ? [...list, { ...current }] : list
  const currentFull = list.find((c) => c.id === current?.id)

  const choose = async (cooperativeId: string) => {
    if (cooperativeId === current?.id) return
    const name = list.find((c) => c.id === cooperativeId)?.name ?? "the cooperative"
    try {
      await assign.mutateAsync({ id: cooperativeId, add: [product.id] })
      toast.success(`${product.title} is now made by ${name}`)
    } catch (error) {
      toast.error("Could not change the cooperative", { description: errorMessage(error) })
    }
  }

  const unassign = async () => {
    if (!current) return
    const confirmed = await prompt({
      title: `Remove ${current.name}?`,
      description: "The product stays in the catalog without a cooperative until you choose one.",
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    try {
      await assign.mutateAsync({ id: current.id, remove: [product.id] })
      toast.success(`${product.title} no longer has a cooperative`)
    } catch (error) {
      toast.error("Could not remove the cooperative", { description: errorMessage(error) })
    }
  }

  if (origin.isError) {
    return (
      <Container className="flex flex-col gap-y-2 px-6 py-4">
        <Heading level="h2">Cooperative</Heading>
        <Text size="small" className="text-ui-fg-error">
          Could not load the product's cooperative: {errorMessage(origin.error)}
        </Text>
        <div>
          <Button size="small" variant="secondary" onClick={() => void origin.refetch()}>
            Try again
          </Button>
        </div>
      </Container>
    )
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between">
          <Heading level="h2">Cooperative</Heading>
          {current && (
            <Button size="small" variant="transparent" isLoading={assign.isPending} onClick={() => void unassign()}>
              Remove
            </Button>
          )}
        </div>
        {origin.isPending ? (
          <Skeleton className="h-5 w-40" />
        ) : current ? (
          <div className="flex flex-wrap items-center gap-2">
            <CooperativeLink id={current.id}>{current.name}</CooperativeLink>
            {current.status === "paused" && <StatusBadge color="orange">Paused: not in the store</StatusBadge>}
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No cooperative yet. Every craft in the store should name who made it.
          </Text>
        )}
        <Select
          size="small"
          value={current?.id ?? ""}
          onValueChange={(value) => void choose(value)}
          disabled={origin.isPending || cooperatives.isPending || assign.isPending}
        >
          <Select.Trigger aria-label="Cooperative">
            <Select.Value placeholder={cooperatives.isPending ? "Loading cooperatives…" : "Choose a cooperative"} />
          </Select.Trigger>
          <Select.Content>
            {options.map((cooperative) => (
              <Select.Item key={cooperative.id} value={cooperative.id}>
                {cooperative.status === "paused" ? `${cooperative.name} (paused)` : cooperative.name}
              </Select.Item>
            ))}
          </Select.Content>
        </Select>
        {cooperatives.isError && (
          <Text size="small" className="text-ui-fg-error">
            Could not list the cooperatives: {errorMessage(cooperatives.error)}
          </Text>
        )}
        {current && (
          <Text size="xsmall" className="text-ui-fg-muted">
            Choosing another cooperative moves the product to it.
          </Text>
        )}
      </div>

      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div className="flex items-center justify-between">
          <Heading level="h2">Craft origin</Heading>
          {!origin.isPending && (
            <CraftOriginDrawer
              productId={product.id}
              origin={craftOrigin}
              fallback={
                currentFull ? { municipality: currentFull.municipality, department: currentFull.department } : undefined
              }
            />
          )}
        </div>
        {origin.isPending ? (
          <Skeleton className="h-16 w-full" />
        ) : craftOrigin ? (
          <div className="flex flex-col gap-y-2">
            <Detail label="Technique" value={craftOrigin.technique} />
            <Detail label="Materials" value={craftOrigin.materials.join(", ")} />
            <Detail label="Municipality" value={craftOrigin.origin_municipality} />
            <Detail label="Department" value={departmentLabel(craftOrigin.origin_department)} />
            <Detail label="Production time" value={craftOrigin.production_time} />
            <Detail label="Maker notes" value={craftOrigin.maker_notes} />
          </div>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            Not described yet: add the technique, materials and where it is made.
          </Text>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
})

export default ProductCooperativeWidget
