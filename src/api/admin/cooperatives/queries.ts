import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** Everything staff see of a cooperative, private fields included. */
export const ADMIN_COOPERATIVE_FIELDS = [
  "id",
  "handle",
  "name",
  "producer_groups",
  "department",
  "municipality",
  "founded_year",
  "member_count",
  "crafts",
  "story_en",
  "story_es",
  "image_url",
  "status",
  "share_bps",
  "refund_policy",
  "contact_name",
  "contact_phone",
  "contact_email",
  "payout_method",
  "bank_details",
  "internal_notes",
  "created_at",
  "updated_at",
]

/** One cooperative as the admin API answers it: with its products; 404 when unknown. */
export async function retrieveAdminCooperative(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: [
      ...ADMIN_COOPERATIVE_FIELDS,
      "products.id",
      "products.title",
      "products.handle",
      "products.thumbnail",
      "products.status",
    ],
    filters: { id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${id} was not found`)
  return data[0]
}
