/**
 * The cooperative's products, each linking to its product page, with Remove
 * (the product stays in the catalog, just without a cooperative).
 */
import { Badge, Button, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useUpdateCooperativeProducts, type Cooperative } from "../lib/cooperatives-api"
import { errorMessage } from "../lib/errors"
import { AddProductsDrawer } from "./add-products-drawer"
import { ProductThumbnail } from "./product-thumbnail"
import { Section } from "./section"

export function CooperativeProductsSection({ cooperative }: { cooperative: Cooperative }) {
  const prompt = usePrompt()
  const update = useUpdateCooperativeProducts()
  const [removingId, setRemovingId] = useState<string | null>(null)
  const products = cooperative.products ?? []

  const remove = async (productId: string, title: string) => {
    const confirmed = await prompt({
      title: `Remove ${title}?`,
      description: `It leaves ${cooperative.name} and stays in the catalog without a cooperative until you assign one.`,
      confirmText: "Remove",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    setRemovingId(productId)
    try {
      await update.mutateAsync({ id: cooperative.id, remove: [productId] })
      toast.success(`${title} removed from ${cooperative.name}`)
    } catch (error) {
      toast.error("Could not remove the product", { description: errorMessage(error) })
    } finally {
      setRemovingId(null)
    }
  }

  return (
    <Section
      title="Products"
      description={`${products.length} product${products.length === 1 ? "" : "s"} made by this cooperative.`}
      actions={
        <AddProductsDrawer
          cooperativeId={cooperative.id}
          cooperativeName={cooperative.name}
          currentProductIds={products.map((p) => p.id)}
        />
      }
    >
      {products.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            No products yet. Add some here, or choose this cooperative on a product's page.
          </Text>
        </div>
      ) : (
        <ul className="divide-y">
          {products.map((product) => (
            <li key={product.id} className="flex items-center gap-x-3 px-6 py-3">
              <ProductThumbnail src={product.thumbnail} alt={product.title} />
              <div className="flex min-w-0 flex-1 flex-col">
                <Link
                  to={`/products/${product.id}`}
                  className="txt-compact-small-plus text-ui-fg-base truncate hover:underline"
                >
                  {product.title}
                </Link>
                <Text size="xsmall" className="text-ui-fg-muted">
                  {product.handle}
                </Text>
              </div>
              <Badge size="2xsmall" color={product.status === "published" ? "green" : "grey"}>
                {product.status}
              </Badge>
              <Button
                size="small"
                variant="transparent"
                isLoading={removingId === product.id}
                disabled={removingId !== null}
                onClick={() => void remove(product.id, product.title)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
