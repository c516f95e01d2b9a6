/**
 * Picks catalog products to add to a cooperative. Adding moves a product that
 * belongs to another cooperative, so the drawer says so before staff confirm.
 */
import { Button, Checkbox, Drawer, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useUpdateCooperativeProducts } from "../lib/cooperatives-api"
import { errorMessage } from "../lib/errors"
import { useProductSearch } from "../lib/products-api"
import { ProductThumbnail } from "./product-thumbnail"
import { SearchInput, useSearchText } from "./search-input"

type Props = {
  cooperativeId: string
  cooperativeName: string
  /** Products already in this cooperative: shown, but not selectable. */
  currentProductIds: string[]
}

export function AddProductsDrawer({ cooperativeId, cooperativeName, currentProductIds }: Props) {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState("")
  const search = useSearchText("", setQuery)
  const [selected, setSelected] = useState<string[]>([])

  const products = useProductSearch(query, open)
  const update = useUpdateCooperativeProducts()

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => (on ? [...current, id] : current.filter((x) => x !== id)))

  const add = async () => {
    try {
      await update.mutateAsync({ id: cooperativeId, add: selected })
      toast.success(`${selected.length} product${selected.length === 1 ? "" : "s"} added to ${cooperativeName}`)
      setSelected([])
      setOpen(false)
    } catch (error) {
      // The selection stays, so staff can retry after reading the message.
      toast.error("Could not add the products", { description: errorMessage(error) })
    }
  }

  return (
    <Drawer open={open} onOpenChange={setOpen}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Add products
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Add products to {cooperativeName}</Drawer.Title>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            A product that belongs to another cooperative moves here.
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          <SearchInput search={search} label="Search products" placeholder="Search products…" />
          {products.isError && (
            <Text size="small" className="text-ui-fg-error">
              Could not load products: {errorMessage(products.error)}
            </Text>
          )}
          {products.isPending && open && (
            <Text size="small" className="text-ui-fg-subtle">
              Loading products…
            </Text>
          )}
          <ul className="flex flex-col divide-y">
            {products.data?.products.map((product) => {
              const already = currentProductIds.includes(product.id)
              const checkboxId = `add-product-${product.id}`
              return (
                <li key={product.id} className="flex items-center gap-x-3 py-2">
                  <Checkbox
                    id={checkboxId}
                    disabled={already}
                    checked={already || selected.includes(product.id)}
                    onCheckedChange={(state) => toggle(product.id, state === true)}
                  />
                  <ProductThumbnail src={product.thumbnail} alt={product.title} />
                  <label htmlFor={checkboxId} className="flex min-w-0 flex-1 flex-col">
                    <Text size="small" weight="plus" className="truncate">
                      {product.title}
                    </Text>
                    <Text size="xsmall" className="text-ui-fg-muted">
                      {already ? "Already in this cooperative" : product.status}
                    </Text>
                  </label>
                </li>
              )
            })}
          </ul>
          {products.data && products.data.count > products.data.products.length && (
            <Text size="xsmall" className="text-ui-fg-muted">
              Showing {products.data.products.length} of {products.data.count}; search to narrow down.
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button
            size="small"
            disabled={selected.length === 0}
            isLoading={update.isPending}
            onClick={() => void add()}
          >
            {selected.length > 0 ? `Add ${selected.length}` : "Add"}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
