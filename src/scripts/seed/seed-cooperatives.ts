import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { DEPARTMENTS, type DepartmentCode } from "@cis/contract/cooperative-vocabulary"
import { DEFAULT_COMMUNITY_FUND_BPS } from "@cis/contract/split-shares"
import { assignCooperativeProductsWorkflow } from "../../workflows/assign-cooperative-products"
import { createCooperativeWorkflow } from "../../workflows/create-cooperative"
import { updateRevenueSplitWorkflow } from "../../workflows/update-revenue-split"
import { upsertCraftOriginWorkflow } from "../../workflows/upsert-craft-origin"
import { PRODUCTS } from "./catalog-data"
import { illustrateCooperative } from "./cooperative-illustrations"
import { COOPERATIVES, PRODUCT_COOPERATIVE } from "./cooperatives-data"

type Container = ExecArgs["container"]

const departmentByName = new Map<string, DepartmentCode>(
  Object.entries(DEPARTMENTS).map(([code, name]) => [name, code as DepartmentCode])
)

function departmentCode(name: string): DepartmentCode {
  const code = departmentByName.get(name)
  if (!code) throw new Error(`Unknown department "${name}" in the catalog data`)
  return code
}

/**
 * The cooperatives behind the catalog, through the same workflows staff use:
 * each cooperative with its banner, its products, and every product's craft origin.
 */
export async function seedCooperatives(container: Container) {
  await updateRevenueSplitWorkflow(container).run({ input: { community_fund_bps: DEFAULT_COMMUNITY_FUND_BPS } })

  const { result: banners } = await uploadFilesWorkflow(container).run({
    input: {
      files: COOPERATIVES.map((cooperative) => ({
        filename: `cooperative-${cooperative.handle}.svg`,
        mimeType: "image/svg+xml",
        content: Buffer.from(illustrateCooperative(cooperative)).toString("base64"),
        access: "public" as const,
      })),
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const productId = new Map(products.map((product) => [product.handle, product.id]))

  for (const [index, seed] of COOPERATIVES.entries()) {
    const { palette: _palette, ...fields } = seed
    const { result: cooperative } = await createCooperativeWorkflow(container).run({
      input: { ...fields, image_url: banners[index].url },
    })
    const add = Object.entries(PRODUCT_COOPERATIVE)
      .filter(([, handle]) => handle === seed.handle)
      .map(([productHandle]) => productId.get(productHandle)!)
    await assignCooperativeProductsWorkflow(container).run({ input: { cooperative_id: cooperative.id, add } })
  }

  for (const product of PRODUCTS) {
    await upsertCraftOriginWorkflow(container).run({
      input: {
        product_id: productId.get(product.handle)!,
        technique: product.technique,
        materials: product.materials,
        origin_municipality: product.origin.municipality,
        origin_department: departmentCode(product.origin.department),
        production_time: product.production_time,
      },
    })
  }
}
